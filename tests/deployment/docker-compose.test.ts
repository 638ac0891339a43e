import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/**
 * Docker is not available where CI runs, so the compose file is checked by reading it: the services
 * a deployment needs, what they start after, their health checks, volumes, ports, and that every
 * variable it takes from .env is documented in .env.example.
 */
const root = path.resolve(__dirname, '../..');
const composeText = readFileSync(path.join(root, 'docker-compose.yml'), 'utf8');
const compose = parse(composeText) as {
  services: Record<string, {
    image?: string;
    build?: { context: string; dockerfile: string };
    healthcheck?: { test: unknown };
    depends_on?: Record<string, { condition: string }>;
    restart?: string;
    ports?: string[];
    environment?: Record<string, string>;
    volumes?: string[];
    command?: string[];
  }>;
  volumes: Record<string, unknown>;
};
const services = compose.services;
const nodeMajor = readFileSync(path.join(root, '.nvmrc'), 'utf8').trim();

it('has every service a deployment needs', () => {
  expect(Object.keys(services).sort()).toEqual(['api', 'mail', 'migrate', 'postgres', 'redis', 'web', 'worker']);
});

it('pins every image to a version and builds each app from its own Dockerfile', () => {
  for (const [name, service] of Object.entries(services)) {
    if (service.image) expect(`${name}: ${service.image}`).toMatch(/:[\w.-]*\d[\w.-]*$/);
    if (service.build) {
      const dockerfile = readFileSync(path.join(root, service.build.context, service.build.dockerfile), 'utf8');
      expect(dockerfile).toMatch(/^FROM .* AS build$/m);
      expect(dockerfile).toMatch(/^FROM .* AS runtime$/m);
      expect(dockerfile).toMatch(/npm ci --omit=dev/);
      expect(dockerfile).toMatch(/^USER node$/m);
      // the Node.js the repository targets (.nvmrc), in both stages
      const fromLines = dockerfile.split('\n').filter((line) => line.startsWith('FROM '));
      expect(fromLines.every((line) => line.startsWith(`FROM node:${nodeMajor}-`))).toBe(true);
    }
  }
});

it('targets one Node.js everywhere: .nvmrc, engines and the process running the tests', () => {
  const engines = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).engines.node;
  expect(engines).toBe(`>=${nodeMajor}`);
  expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(Number(nodeMajor));
});

it('gives every long-running service a health check and a restart policy', () => {
  for (const [name, service] of Object.entries(services)) {
    if (name === 'migrate') continue;
    expect({ name, health: Boolean(service.healthcheck?.test) }).toEqual({ name, health: true });
    expect({ name, restart: service.restart }).toEqual({ name, restart: 'unless-stopped' });
  }
});

it('starts the apps only after migrations succeeded and their dependencies are healthy', () => {
  expect(services.migrate.restart).toBe('no');
  expect(services.migrate.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
  for (const app of ['api', 'worker']) {
    expect(services[app].depends_on).toMatchObject({
      migrate: { condition: 'service_completed_successfully' },
      redis: { condition: 'service_healthy' },
    });
  }
  expect(services.web.depends_on).toEqual({ api: { condition: 'service_healthy' } });
});

it('keeps data in named volumes', () => {
  expect(services.postgres.volumes).toEqual(['postgres-data:/var/lib/postgresql/data']);
  expect(services.redis.volumes).toEqual(['redis-data:/data']);
  expect(Object.keys(compose.volumes).sort()).toEqual(['postgres-data', 'redis-data']);
});

it('publishes only the portal, the API and the mail catcher’s UI', () => {
  const published = Object.entries(services).filter(([, service]) => service.ports?.length).map(([name]) => name).sort();
  expect(published).toEqual(['api', 'mail', 'web']);
});

it('publishes the mail catcher’s UI on this host only, never on every interface', () => {
  expect(services.mail.ports).toEqual(['127.0.0.1:${MAIL_UI_PORT:-8025}:8025']);
  for (const port of services.mail.ports!) expect(port.split(':')[0]).toBe('127.0.0.1');
});

it('puts the portal’s operation manifest in the API image, which refuses to start without it', () => {
  const dockerfile = readFileSync(path.join(root, services.api.build!.dockerfile), 'utf8');
  const runtime = dockerfile.slice(dockerfile.search(/^FROM .* AS runtime$/m));
  expect(runtime).toMatch(/^COPY apps\/web\/src\/gql\/persisted-documents\.json apps\/web\/src\/gql\/persisted-documents\.json$/m);
});

it('gives each app the settings it checks at start', () => {
  expect(Object.keys(services.api.environment!)).toEqual(expect.arrayContaining(['DATABASE_URL', 'REDIS_URL', 'API_HOST', 'API_PORT']));
  expect(Object.keys(services.worker.environment!)).toEqual(
    expect.arrayContaining(['DATABASE_URL', 'REDIS_URL', 'SMTP_URL', 'MAIL_FROM', 'PORTAL_URL', 'WORKER_HEALTH_PORT']),
  );
  expect(Object.keys(services.web.environment!)).toEqual(expect.arrayContaining(['API_URL', 'NEXTAUTH_URL', 'NEXTAUTH_SECRET']));
  expect(services.web.environment!.API_URL).toBe('http://api:4000/graphql');
});

it('documents in .env.example every variable it reads from .env', () => {
  const used = new Set([...composeText.matchAll(/\$\{([A-Z_]+)(?::?[-?][^}]*)?\}/g)].map((match) => match[1]));
  const documented = new Set(
    readFileSync(path.join(root, '.env.example'), 'utf8')
      .split('\n')
      .filter((line) => /^[A-Z_]+=/.test(line))
      .map((line) => line.split('=')[0]),
  );
  expect([...used].filter((name) => !documented.has(name))).toEqual([]);
});

import { createServer, type Server } from 'node:http';

export type HealthCheck = () => Promise<{ healthy: boolean; detail: Record<string, unknown> }>;

/** `GET /health`: 200 when the worker can do its work, 503 (with what is wrong) when not or stopping. */
export function createHealthServer(check: HealthCheck): Server {
  return createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const reply = (status: number, body: unknown) => {
      response.statusCode = status;
      response.setHeader('content-type', 'application/json; charset=utf-8');
      response.end(JSON.stringify(body));
    };
    if (url.pathname !== '/health' || request.method !== 'GET') {
      reply(404, { error: 'Not found: the worker only serves GET /health' });
      return;
    }
    check().then(
      ({ healthy, detail }) => reply(healthy ? 200 : 503, { status: healthy ? 'ok' : 'unavailable', ...detail }),
      (error: unknown) => reply(503, { status: 'unavailable', error: error instanceof Error ? error.message : String(error) }),
    );
  });
}

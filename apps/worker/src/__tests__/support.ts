import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { JobQueues, QueueName, recordTemplateResolutionRun, redisConnection, runCommand, type CommandContext } from '@staff-passport/core';
import type { TestDatabase } from '@staff-passport/core/testing';
import { loadWorkerConfig, type WorkerConfig } from '../config';

export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A queue prefix of its own for each suite, so suites never see each other's jobs. */
export const randomPrefix = (label: string) => `test-${label}-${randomBytes(4).toString('hex')}`;

/** Waits for a condition, checking it again every few milliseconds, and fails after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  condition: () => Promise<T | false | null | undefined> | T | false | null | undefined,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await condition();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The worker's settings for a test: this suite's database, queues and mail server; quick lock expiry. */
export function testWorkerConfig(db: TestDatabase, prefix: string, smtpPort: number, overrides: Record<string, string> = {}): WorkerConfig {
  return loadWorkerConfig(testWorkerEnv(db, prefix, smtpPort, overrides));
}

export function testWorkerEnv(db: TestDatabase, prefix: string, smtpPort: number, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    DATABASE_URL: db.url,
    REDIS_URL: TEST_REDIS_URL,
    QUEUE_PREFIX: prefix,
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    MAIL_FROM: 'Digital Staff Passport <no-reply@passport.test.nhs.uk>',
    PORTAL_URL: 'https://portal.test.nhs.uk',
    WORKER_HEALTH_PORT: '0',
    WORKER_HEALTH_HOST: '127.0.0.1',
    DATABASE_POOL_SIZE: '4',
    WORKER_LOCK_DURATION_MS: '2000',
    WORKER_STALLED_INTERVAL_MS: '1000',
    WORKER_SHUTDOWN_TIMEOUT_MS: '10000',
    SUMMARY_RETRY_DELAY_MS: '100',
    SUMMARY_ATTEMPTS: '5',
    RECOVERY_SWEEP_INTERVAL_MS: '600000',
    ...overrides,
  };
}

/** Producer-side queues of a suite, and a way to remove every key they made. */
export function testQueues(prefix: string): JobQueues & { obliterateAll(): Promise<void> } {
  const connection = redisConnection(TEST_REDIS_URL, 'worker');
  const queues = new JobQueues({ connection, prefix });
  return Object.assign(queues, {
    async obliterateAll() {
      for (const name of Object.values(QueueName)) {
        await queues.queue(name).obliterate({ force: true });
      }
      await queues.close();
      await connection.quit().catch(() => undefined);
    },
  });
}

export interface ReceivedMail {
  envelopeTo: string[];
  parsed: ParsedMail;
}

/**
 * A real SMTP server on a free port. `reply` decides, per message, whether to accept it (null), to
 * refuse it with an SMTP code, or to hold it (a promise that never settles until the socket closes).
 */
export async function startSmtpServer(
  options: {
    refuseConnection?: () => number | null;
    reply?: (count: number) => 'accept' | 'hold' | number;
  } = {},
) {
  const received: ReceivedMail[] = [];
  let dataStarted = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    closeTimeout: 200,
    onConnect(_session, callback) {
      const code = options.refuseConnection?.() ?? null;
      if (code) {
        const error = Object.assign(new Error('Service not available, try again later'), { responseCode: code });
        callback(error);
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      dataStarted += 1;
      const decision = options.reply?.(dataStarted) ?? 'accept';
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (decision === 'hold') return; // never answered: the client is left waiting mid-DATA
        if (typeof decision === 'number') {
          callback(Object.assign(new Error('Refused by the test server'), { responseCode: decision }));
          return;
        }
        void simpleParser(Buffer.concat(chunks)).then((parsed) => {
          received.push({ envelopeTo: session.envelope.rcptTo.map((rcpt) => rcpt.address), parsed });
          callback();
        }, callback);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    received,
    dataStarted: () => dataStarted,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Records a whole-trust template resolution run as a command would, relaying it through `context.jobs`. */
export function requestTemplateResolution(context: CommandContext, organisationId: string, reason: string) {
  return runCommand(context, (manager, outbox) => recordTemplateResolutionRun(manager, outbox, organisationId, reason));
}

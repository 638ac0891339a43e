import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger } from 'pino';

/** The request a line is logged for: every log line written while handling it carries its id. */
const requestScope = new AsyncLocalStorage<{ requestId: string }>();

/** Runs `work` as part of the request `requestId`: each log line it writes carries the id. */
export function withRequestId<T>(requestId: string, work: () => T): T {
  return requestScope.run({ requestId }, work);
}

export function currentRequestId(): string | undefined {
  return requestScope.getStore()?.requestId;
}

const REQUEST_ID = /^[A-Za-z0-9._:@/+=-]{1,128}$/;

/** A caller's `x-request-id` when it is a sensible token; otherwise a new UUID. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && REQUEST_ID.test(value) ? value : randomUUID();
}

/**
 * A structured JSON logger (pino) for a long-running process: one JSON object a line on stdout, with
 * the service name, ISO time and, inside a request, its `requestId`. LOG_LEVEL sets the level
 * (default info, silent under jest).
 */
export function createLogger(service: string, options: { level?: string; destination?: DestinationStream } = {}): Logger {
  return pino(
    {
      level: options.level ?? process.env.LOG_LEVEL ?? (process.env.JEST_WORKER_ID ? 'silent' : 'info'),
      base: { service, pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => {
        const scope = requestScope.getStore();
        return scope ? { requestId: scope.requestId } : {};
      },
    },
    options.destination,
  );
}

/** Adapts a logger to the `(message, error?)` callbacks the services take: with an error, an error line. */
export function logCallback(logger: Logger): (message: string, error?: unknown) => void {
  return (message, error) => {
    if (error === undefined) logger.info(message);
    else logger.error({ err: error }, message);
  };
}

let shared: Logger | null = null;

/** The log callback services use when their caller gives none: a shared JSON logger. */
export function defaultLog(message: string, error?: unknown): void {
  shared ??= createLogger(process.env.LOG_SERVICE ?? 'staff-passport');
  logCallback(shared)(message, error);
}

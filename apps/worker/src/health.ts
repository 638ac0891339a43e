import { createServer, type Server } from 'node:http';

export type HealthCheck = () => Promise<{ healthy: boolean; detail: Record<string, unknown> }>;

/**
 * `GET /health` (liveness): 200 while the process runs and is not stopping. `GET /ready`: 200 when the
 * worker can do its work (database, queue backend and every queue's worker answer), else 503 with
 * what is wrong; a check that has not answered within `timeoutMs` is a 503 too, so /ready never hangs.
 */
export function createHealthServer(check: HealthCheck, isStopping: () => boolean = () => false, timeoutMs = 2000): Server {
  return createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const reply = (status: number, body: unknown) => {
      if (response.headersSent) return;
      response.statusCode = status;
      response.setHeader('content-type', 'application/json; charset=utf-8');
      response.end(JSON.stringify(body));
    };
    if (request.method !== 'GET' || (url.pathname !== '/health' && url.pathname !== '/ready')) {
      reply(404, { error: 'Not found: the worker serves GET /health and GET /ready' });
      return;
    }
    if (url.pathname === '/health') {
      reply(isStopping() ? 503 : 200, { status: isStopping() ? 'stopping' : 'ok' });
      return;
    }
    const timer = setTimeout(() => reply(503, { status: 'unavailable', error: `the readiness checks did not answer within ${timeoutMs} ms` }), timeoutMs);
    check()
      .then(
        ({ healthy, detail }) => reply(healthy ? 200 : 503, { status: healthy ? 'ok' : 'unavailable', ...detail }),
        (error: unknown) => reply(503, { status: 'unavailable', error: error instanceof Error ? error.message : String(error) }),
      )
      .finally(() => clearTimeout(timer));
  });
}

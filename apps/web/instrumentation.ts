import { env } from './lib/env';

/** Runs once when the server starts: a bad environment stops it with a clear message. */
export function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    try {
      env();
    } catch (error) {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    }
  }
}

// An embedded PostgreSQL for `npm start` when DATABASE_URL is not set: PGlite (PostgreSQL compiled to
// WebAssembly, nothing to install or download) keeping its data in a folder, served over the
// PostgreSQL wire protocol by @electric-sql/pglite-socket, so `pg`, TypeORM and the migrations
// connect to it as to any PostgreSQL server.
//
//   node scripts/embedded-postgres.mjs <data folder> <port>
//
// Prints one line `ready postgres://…` once it accepts connections. SIGTERM or SIGINT closes the
// connections and the database cleanly. A second copy on the same folder refuses to start.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

const [folder, portText] = process.argv.slice(2);
if (!folder || !portText) {
  console.error('usage: node scripts/embedded-postgres.mjs <data folder> <port>');
  process.exit(2);
}
mkdirSync(folder, { recursive: true });
const lock = path.join(folder, 'embedded-postgres.pid');
if (existsSync(lock)) {
  const pid = Number(readFileSync(lock, 'utf8'));
  let alive = false;
  try {
    process.kill(pid, 0);
    alive = pid !== process.pid;
  } catch {
    // a stale lock from a process that is gone
  }
  if (alive) {
    console.error(`The embedded database in ${folder} is already in use by process ${pid} (another \`npm start\`?). Stop it first.`);
    process.exit(1);
  }
}
writeFileSync(lock, String(process.pid));

const db = await PGlite.create({ dataDir: folder, extensions: { pgcrypto } });
const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: Number(portText), maxConnections: 64 });
await server.start();
console.log(`ready postgres://postgres@127.0.0.1:${portText}/postgres`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await server.stop().catch(() => undefined);
  await db.close().catch((error) => console.error('closing the embedded database failed:', error));
  rmSync(lock, { force: true });
  process.exit(0);
}
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
process.on('disconnect', () => void stop());

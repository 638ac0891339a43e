// An embedded PostgreSQL for `npm start` when DATABASE_URL is not set: PGlite (PostgreSQL compiled to
// WebAssembly, nothing to install or download) keeping its data in a folder, served over the
// PostgreSQL wire protocol so that `pg`, TypeORM and the migrations connect to it as to any
// PostgreSQL server.
//
// PGlite is one database session. Many client connections share it safely because each client's
// messages run as whole units: everything up to a Sync (extended protocol: Parse, Bind, Execute…) or
// one simple Query, never interleaved with another client's; and while a client is inside a
// transaction, only that client runs. (@electric-sql/pglite-socket's server interleaves single
// messages of different clients, which loses unnamed prepared statements under concurrency.)
//
//   node scripts/embedded-postgres.mjs <data folder> <port>
//
// Prints one line `ready postgres://…` once it accepts connections. SIGTERM or SIGINT closes the
// connections and the database cleanly. A second copy on the same folder refuses to start.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { createServer } from 'node:net';

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

// One client's unit at a time; a client inside a transaction keeps the session until it ends.
let busy = false;
let owner = null;
let waiting = [];
async function exclusive(client, work) {
  while (busy || (owner !== null && owner !== client)) await new Promise((resolve) => waiting.push(resolve));
  busy = true;
  try {
    return await work();
  } finally {
    owner = db.isInTransaction() ? client : null;
    busy = false;
    const wake = waiting;
    waiting = [];
    for (const resolve of wake) resolve();
  }
}

const SSL_REQUEST = 80877103;
const CANCEL_REQUEST = 80877102;
const GSS_REQUEST = 80877104;
const sockets = new Set();

const server = createServer((socket) => {
  sockets.add(socket);
  socket.setNoDelay(true);
  const client = Symbol('client');
  let buffer = Buffer.alloc(0);
  let started = false;
  let unit = [];
  let chain = Promise.resolve();
  const run = (bytes) => {
    chain = chain.then(() =>
      exclusive(client, () =>
        db.execProtocolRawStream(new Uint8Array(bytes), {
          onRawData: (data) => {
            if (data.length && socket.writable) socket.write(Buffer.from(data));
          },
        }),
      ).catch((error) => {
        console.error('embedded PostgreSQL: a client request failed:', error?.message ?? error);
        socket.destroy();
      }),
    );
  };
  socket.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      if (!started) {
        if (buffer.length < 8) return;
        const length = buffer.readInt32BE(0);
        const code = buffer.readInt32BE(4);
        if (buffer.length < length) return;
        const message = buffer.subarray(0, length);
        buffer = buffer.subarray(length);
        if (code === SSL_REQUEST || code === GSS_REQUEST) socket.write('N');
        else if (code === CANCEL_REQUEST) socket.end();
        else {
          started = true;
          run(message);
        }
        continue;
      }
      if (buffer.length < 5) return;
      const length = 1 + buffer.readInt32BE(1);
      if (buffer.length < length) return;
      const type = String.fromCharCode(buffer[0]);
      const message = buffer.subarray(0, length);
      buffer = buffer.subarray(length);
      if (type === 'X') {
        socket.end();
        return;
      }
      unit.push(message);
      // a unit ends with Sync, a simple Query, Flush, or the end of a COPY
      if ('SQHcf'.includes(type)) {
        run(Buffer.concat(unit));
        unit = [];
      }
    }
  });
  const closed = () => {
    sockets.delete(socket);
    // a client that leaves inside its transaction: roll it back and free the session
    chain = chain.then(async () => {
      if (owner === client) await exclusive(client, () => db.exec('ROLLBACK')).catch(() => undefined);
    });
  };
  socket.on('close', closed);
  socket.on('error', () => socket.destroy());
});
await new Promise((resolve, reject) => {
  server.once('error', reject);
  server.listen(Number(portText), '127.0.0.1', resolve);
});
console.log(`ready postgres://postgres@127.0.0.1:${portText}/postgres`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await new Promise((resolve) => {
    server.close(() => resolve());
    for (const socket of sockets) socket.destroy();
  });
  // let running statements finish before the database closes
  await exclusive(Symbol('stop'), async () => undefined);
  await db.close().catch((error) => console.error('closing the embedded database failed:', error));
  rmSync(lock, { force: true });
  process.exit(0);
}
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
process.on('disconnect', () => void stop());

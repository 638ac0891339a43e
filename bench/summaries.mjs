// 4. Weekly summaries: every (trust, team) of the week planned by the worker's weekly job, rendered
// and delivered to an SMTP server in this process; the outstanding-actions counting on its own; each
// against a hand-written baseline (one GROUP BY for every trust; nodemailer sending the same number of
// ready-made emails).
import { SMTPServer } from 'smtp-server';
import nodemailer from 'nodemailer';
import core from '@staff-passport/core';
import { now, waitFor } from './lib.mjs';

const { outstandingActionsOfEveryTrust, weeklySummaryJob } = core;

export async function startSmtpServer() {
  const stats = { messages: 0, bytes: 0 };
  const server = new SMTPServer({
    authOptional: true,
    // a reverse DNS lookup of 127.0.0.1 per connection is not what is measured
    disableReverseLookup: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 10 * 1024 * 1024,
    onData(stream, _session, callback) {
      stream.on('data', (chunk) => { stats.bytes += chunk.length; });
      stream.on('end', () => {
        stats.messages += 1;
        callback();
      });
    },
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `smtp://127.0.0.1:${server.server.address().port}`, stats, close: () => new Promise((resolve) => server.close(resolve)) };
}

/**
 * The weekly job end to end for `isoWeek`: plan, count, render, send (to SMTP or to files, as the
 * worker is configured), record; timed until every dispatch is SENT. Its dispatches are removed after.
 */
export async function measureWeeklySummaries({ client, jobs, isoWeek, delivered = () => 0, timeoutMs }) {
  await client.query(`DELETE FROM summary_dispatch WHERE iso_week = $1`, [isoWeek]);
  const { rows: [{ expected }] } = await client.query(
    `SELECT count(*)::int AS expected FROM notification_setting n JOIN organisation o ON o.id = n.organisation_id WHERE n.enabled AND o.status = 'ACTIVE'`);
  const before = delivered();
  const started = now();
  await jobs.enqueue([weeklySummaryJob({ isoWeek }, `bench-weekly-${isoWeek}-${Date.now()}`)]);
  await waitFor('every weekly summary to be sent', async () => {
    const { rows } = await client.query(
      `SELECT count(*) FILTER (WHERE status = 'SENT')::int AS sent, count(*) FILTER (WHERE status = 'FAILED')::int AS failed
         FROM summary_dispatch WHERE iso_week = $1 AND kind = 'WEEKLY'`,
      [isoWeek],
    );
    if (rows[0].failed > 0) throw new Error(`${rows[0].failed} summary dispatches FAILED`);
    return rows[0].sent === expected && delivered() - before >= expected;
  }, { timeoutMs, intervalMs: 50 });
  const ms = now() - started;
  await client.query(`DELETE FROM summary_dispatch WHERE iso_week = $1`, [isoWeek]);
  return { ms, emails: expected, delivered: delivered() - before, isoWeek };
}

/** The same emails as the worker rendered them (its .eml files), sent as they are to the SMTP server. */
export async function measureSmtpOnly({ smtp, messages, concurrency }) {
  const transport = nodemailer.createTransport({ url: smtp.url });
  const started = now();
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < messages.length) {
      const message = messages[next];
      next += 1;
      await transport.sendMail({ envelope: { from: 'no-reply@passport.bench.nhs.uk', to: [message.to] }, raw: message.raw });
    }
  }));
  const ms = now() - started;
  transport.close();
  return { ms };
}

/**
 * Rule 4 (docs/domain.md) as the weekly plan counts it, for every trust and team at once (the core's
 * outstandingActionsOfEveryTrust), against one hand-written GROUP BY; each warmed once, then run
 * twice in alternating order, the times summed.
 */
export async function measureCounting(client) {
  const { rows: [{ counted }] } = await client.query('SELECT count(*)::int AS counted FROM notification_setting WHERE enabled');
  let statements = 0;
  const manager = { query: async (sql, params) => { statements += 1; return (await client.query(sql, params)).rows; } };
  const baseline = () => client.query(
    `SELECT organisation_id, team, sum(count) AS total FROM (
       SELECT r.organisation_id, c.team, count(*) AS count
         FROM credential_record r JOIN credential c ON c.id = r.credential_id
        WHERE r.status = 'AWAITING_MANUAL_ISSUE' GROUP BY 1, 2
       UNION ALL
       SELECT m.organisation_id, c.team, count(*)
         FROM staff_missing_credential m JOIN credential c ON c.id = m.credential_id
        WHERE m.counts_as_action GROUP BY 1, 2) AS counts
      GROUP BY 1, 2`,
  );
  const service = () => outstandingActionsOfEveryTrust(manager);
  await service();
  await baseline();
  statements = 0;
  let serviceMs = 0;
  let baselineMs = 0;
  for (const order of [['baseline', 'service'], ['service', 'baseline']]) {
    for (const side of order) {
      const started = now();
      await (side === 'service' ? service() : baseline());
      if (side === 'service') serviceMs += now() - started;
      else baselineMs += now() - started;
    }
  }
  return { serviceMs, baselineMs, counted, statements: statements / 2 };
}

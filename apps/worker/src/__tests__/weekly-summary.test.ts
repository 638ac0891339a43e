import {
  weeklySummaryJob,
  listSummaryDispatches,
  QueueName,
  requestSummaryNow,
  templateResolutionStatus,
  WEEKLY_SUMMARY_PATTERN,
  WEEKLY_SUMMARY_SCHEDULER_ID,
  WEEKLY_SUMMARY_TIME_ZONE,
  isoWeekOf,
  outstandingActionsFor,
} from '@staff-passport/core';
import { aPortalUser, aStaffMember, aTrust, createTestDatabase, idsByCode, type TestDatabase } from '@staff-passport/core/testing';
import { startWorker, type RunningWorker } from '../worker-app';
import { randomPrefix, startSmtpServer, testQueues, testWorkerConfig, waitFor, requestTemplateResolution } from './support';

let db: TestDatabase;
let groups: Record<string, string>;

beforeAll(async () => {
  db = await createTestDatabase('worker_summaries');
  groups = await idsByCode(db.dataSource, 'staff_group');
});
afterAll(() => db?.drop());

/** One suite-like setting per test: its own queues, mail server and workers, all cleaned up. */
async function withWorkers<T>(
  smtpOptions: Parameters<typeof startSmtpServer>[0],
  workerCount: number,
  body: (context: { smtp: Awaited<ReturnType<typeof startSmtpServer>>; queues: ReturnType<typeof testQueues>; workers: RunningWorker[] }) => Promise<T>,
): Promise<T> {
  const prefix = randomPrefix('summary');
  const smtp = await startSmtpServer(smtpOptions);
  const queues = testQueues(prefix);
  const workers: RunningWorker[] = [];
  try {
    for (let index = 0; index < workerCount; index += 1) {
      workers.push(await startWorker(testWorkerConfig(db, prefix, smtp.port), { dataSource: db.dataSource, log: () => undefined }));
    }
    return await body({ smtp, queues, workers });
  } finally {
    await Promise.all(workers.map((worker) => worker.stop()));
    await queues.obliterateAll();
    await smtp.close();
  }
}

async function sentFor(organisationId: string, isoWeek: string) {
  return db.dataSource.query(`SELECT team, status FROM summary_dispatch WHERE organisation_id = $1 AND iso_week = $2 ORDER BY team`, [organisationId, isoWeek]);
}

describe('weekly summary emails (rule 5)', () => {
  it('registers the Monday 08:00 London scheduler once, however many workers start', async () => {
    await withWorkers({}, 3, async ({ queues }) => {
      const schedulers = await queues.queue(QueueName.WeeklySummary).getJobSchedulers();
      expect(schedulers).toHaveLength(1);
      expect(schedulers[0]).toMatchObject({ key: WEEKLY_SUMMARY_SCHEDULER_ID, pattern: WEEKLY_SUMMARY_PATTERN, tz: WEEKLY_SUMMARY_TIME_ZONE });
      expect(new Date(schedulers[0].next!).getUTCDay()).toBe(1);
    });
  });

  it('sends each team whose notifications are on one email with its counts, in HTML and plain text, once a week', async () => {
    await withWorkers({}, 1, async ({ smtp, queues }) => {
      const trust = await aTrust(db.dataSource);
      // an HR credential awaiting manual issue, and a new starter who lacks the default template's credentials
      const person = await aStaffMember(db.dataSource, trust.id, { staffGroupId: groups['03'], employmentStatus: 'NEW_STARTER' });
      await db.dataSource.query(
        `INSERT INTO credential_record (organisation_id, staff_member_id, credential_id, status, esr_version)
         SELECT $1, $2, id, 'AWAITING_MANUAL_ISSUE', 1 FROM credential WHERE code = 'DBS'`,
        [trust.id, person.id],
      );
      await requestTemplateResolution({ dataSource: db.dataSource, jobs: queues }, trust.id, 'test.setup');
      await waitFor('resolution', async () => (await templateResolutionStatus(db.dataSource.manager, aPortalUser(trust.id))).upToDate);
      const counts = await outstandingActionsFor(db.dataSource.manager, trust.id);
      const hr = counts.find((entry) => entry.team === 'HR')!;
      expect(hr.awaitingManualIssue).toBe(1);

      const isoWeek = '2026-W49';
      await queues.enqueue([weeklySummaryJob({ isoWeek })]);
      // HR and occupational health are on in the factory's trust; education and training is off
      await waitFor('both summaries', () => smtp.received.filter((mail) => mail.parsed.subject?.includes(trust.odsCode)).length === 2);
      const mails = smtp.received.filter((mail) => mail.parsed.subject?.includes(trust.odsCode));
      const hrMail = mails.find((mail) => mail.envelopeTo.includes(`hr@${trust.odsCode.toLowerCase()}.nhs.uk`))!;
      expect(hrMail.parsed.subject).toBe(`HR team: ${hr.total} outstanding actions (${trust.odsCode} Test NHS Trust, week ${isoWeek})`);
      expect(hrMail.parsed.text).toContain(`- Credentials waiting to be issued by hand: ${hr.awaitingManualIssue}`);
      expect(hrMail.parsed.text).toContain(`- Required credentials that new starters and temporary movers are missing: ${hr.missingRequiredCredentials}`);
      expect(hrMail.parsed.text).toContain('https://portal.test.nhs.uk/');
      expect(hrMail.parsed.html).toContain('>NHS</span>');
      expect(hrMail.parsed.html).toContain(`<strong>${hr.total}</strong> outstanding actions`);
      expect(hrMail.parsed.html).toContain('href="https://portal.test.nhs.uk/"');
      expect(hrMail.parsed.messageId).toBe(`<weekly-summary.hr.${isoWeek}.${trust.id}@passport.test.nhs.uk>`);
      await waitFor('dispatches recorded as sent', async () => (await sentFor(trust.id, isoWeek)).every((row: { status: string }) => row.status === 'SENT'));
      expect(await sentFor(trust.id, isoWeek)).toEqual([
        { team: 'HR', status: 'SENT' },
        { team: 'OCCUPATIONAL_HEALTH', status: 'SENT' },
      ]);

      // the same week planned again (a retry, a second scheduler job): nothing more is sent
      const job = await queues.queue(QueueName.WeeklySummary).add('plan-week', { isoWeek });
      // polled rather than awaited through queue events, so a busy machine only makes it slower
      const finished = await waitFor(
        'the replanned week',
        async () => {
          const state = await job.getState();
          if (state === 'failed') throw new Error(`plan-week failed: ${(await queues.queue(QueueName.WeeklySummary).getJob(job.id!))?.failedReason}`);
          return state === 'completed' ? (await queues.queue(QueueName.WeeklySummary).getJob(job.id!))!.returnvalue : null;
        },
        45_000,
      );
      expect(finished).toMatchObject({ planned: 0, enqueued: 0 });
      expect(smtp.received.filter((mail) => mail.parsed.subject?.includes(trust.odsCode))).toHaveLength(2);
    });
  });

  it('sends a summary now on request, apart from the weekly one, which it neither replaces nor repeats', async () => {
    await withWorkers({}, 1, async ({ smtp, queues }) => {
      const trust = await aTrust(db.dataSource);
      const senior = aPortalUser(trust.id);
      await expect(requestSummaryNow({ dataSource: db.dataSource, jobs: queues }, aPortalUser(trust.id, 'PORTAL_ADMINISTRATOR'), 'HR')).rejects.toMatchObject({ code: 'FORBIDDEN' });
      // education and training's weekly summary is off, but a check of its address is still sent
      const now = await requestSummaryNow({ dataSource: db.dataSource, jobs: queues }, senior, 'EDUCATION_AND_TRAINING');
      expect(now).toMatchObject({ kind: 'ON_DEMAND', status: 'PENDING', recipient: `et@${trust.odsCode.toLowerCase()}.nhs.uk`, requestedBy: senior.name });
      await waitFor('the on-demand email', () => smtp.received.some((mail) => mail.parsed.messageId === now.messageId));
      expect(smtp.received.find((mail) => mail.parsed.messageId === now.messageId)!.parsed.text).toContain('asked for it to be sent now');

      const hrNow = await requestSummaryNow({ dataSource: db.dataSource, jobs: queues }, senior, 'HR');
      await waitFor('the HR on-demand email', () => smtp.received.some((mail) => mail.parsed.messageId === hrNow.messageId));
      const isoWeek = isoWeekOf(new Date());
      await queues.enqueue([weeklySummaryJob({ isoWeek })]);
      await waitFor('the weekly emails', async () => (await sentFor(trust.id, isoWeek)).filter((row: { status: string }) => row.status === 'SENT').length === 4);
      const toHr = smtp.received.filter((mail) => mail.envelopeTo.includes(`hr@${trust.odsCode.toLowerCase()}.nhs.uk`));
      expect(toHr.map((mail) => mail.parsed.messageId).sort()).toEqual(
        [hrNow.messageId, `<weekly-summary.hr.${isoWeek}.${trust.id}@passport.test.nhs.uk>`].sort(),
      );
      const listed = await listSummaryDispatches(db.dataSource.manager, aPortalUser(trust.id, 'PORTAL_ADMINISTRATOR'), null, null);
      expect(listed.pageInfo.totalCount).toBe(4);
      expect(listed.nodes.map((dispatch) => dispatch.kind).sort()).toEqual(['ON_DEMAND', 'ON_DEMAND', 'WEEKLY', 'WEEKLY']);
    });
  });

  it('loses nothing to an SMTP outage: retries with backoff and sends once when the server is back', async () => {
    let outage = true;
    await withWorkers({ refuseConnection: () => (outage ? 421 : null) }, 1, async ({ smtp, queues }) => {
      const trust = await aTrust(db.dataSource);
      const isoWeek = '2026-W50';
      await queues.enqueue([weeklySummaryJob({ isoWeek })]);
      await waitFor('failed tries to be recorded', async () => {
        const { nodes } = await listSummaryDispatches(db.dataSource.manager, aPortalUser(trust.id), { status: 'PENDING' }, null);
        return nodes.length === 2 && nodes.every((dispatch) => dispatch.attempts >= 2 && dispatch.lastError);
      });
      expect(smtp.received).toHaveLength(0);
      outage = false;
      await waitFor('both emails after the outage', async () => (await sentFor(trust.id, isoWeek)).every((row: { status: string }) => row.status === 'SENT'));
      expect(smtp.received.filter((mail) => mail.parsed.subject?.includes(trust.odsCode))).toHaveLength(2);
    });
  });

  it('records a permanent refusal as failed, for the trust’s administrators to see', async () => {
    await withWorkers({ reply: () => 550 }, 1, async ({ queues }) => {
      const trust = await aTrust(db.dataSource);
      await queues.enqueue([weeklySummaryJob({ isoWeek: '2026-W51' })]);
      const failed = await waitFor('the failures to be recorded', async () => {
        const { nodes } = await listSummaryDispatches(db.dataSource.manager, aPortalUser(trust.id, 'PORTAL_ADMINISTRATOR'), { status: 'FAILED' }, null);
        return nodes.length === 2 ? nodes : null;
      });
      expect(failed[0]).toMatchObject({ attempts: 1, lastError: expect.stringContaining('550') });
      await expect(listSummaryDispatches(db.dataSource.manager, { kind: 'API_CLIENT', id: trust.id, name: 'x', organisationId: trust.id, scopes: ['settings:read'] }, null, null)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    });
  });
});

import { QueueName, redisConnection, WEEKLY_SUMMARY_PATTERN, WEEKLY_SUMMARY_SCHEDULER_ID, WEEKLY_SUMMARY_TIME_ZONE } from '@staff-passport/core';
import { createTestDatabase, type TestDatabase } from '@staff-passport/core/testing';
import { startWorker, type RunningWorker } from '../../apps/worker/src/worker-app';
import { randomPrefix, testQueues, testWorkerConfig, TEST_REDIS_URL, waitFor } from '../../apps/worker/src/__tests__/support';

/**
 * Attack (or accident): Redis comes back empty under a running worker. The Monday scheduler lived only
 * in Redis; it used to be registered at start only, so no weekly summary went out until a restart while
 * /ready said OK. Now /ready says what is missing and the recovery sweep puts the scheduler back.
 */
let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase('redis_loss');
});
afterAll(() => db?.drop());

/** Every key of one queue prefix, gone: what this worker sees when Redis has lost its data. */
async function loseRedisData(prefix: string): Promise<number> {
  const redis = redisConnection(TEST_REDIS_URL, 'worker');
  try {
    let lost = 0;
    for await (const keys of redis.scanStream({ match: `${prefix}:*`, count: 500 })) {
      if ((keys as string[]).length) lost += await redis.del(...(keys as string[]));
    }
    return lost;
  } finally {
    redis.disconnect();
  }
}

async function ready(worker: RunningWorker) {
  const response = await fetch(worker.healthUrl.replace(/\/health$/, '/ready'));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function withWorker(sweepIntervalMs: number, body: (worker: RunningWorker, prefix: string, queues: ReturnType<typeof testQueues>) => Promise<void>) {
  const prefix = randomPrefix('redis-loss');
  const queues = testQueues(prefix);
  const worker = await startWorker(testWorkerConfig(db, prefix, 2, { RECOVERY_SWEEP_INTERVAL_MS: String(sweepIntervalMs) }), {
    dataSource: db.dataSource,
    log: () => undefined,
  });
  try {
    await body(worker, prefix, queues);
  } finally {
    await worker.stop();
    await queues.obliterateAll();
  }
}

describe('Redis loses its data under a running worker', () => {
  it('says not ready while the weekly scheduler is missing, and one sweep registers it again', async () => {
    await withWorker(600_000, async (worker, prefix, queues) => {
      expect(await ready(worker)).toMatchObject({ status: 200, body: { weeklySummaryScheduler: true } });
      expect(await loseRedisData(prefix)).toBeGreaterThan(0);
      expect(await queues.queue(QueueName.WeeklySummary).getJobScheduler(WEEKLY_SUMMARY_SCHEDULER_ID)).toBeUndefined();
      expect(await ready(worker)).toMatchObject({ status: 503, body: { status: 'unavailable', weeklySummaryScheduler: false } });

      await worker.sweep();
      const scheduler = await queues.queue(QueueName.WeeklySummary).getJobScheduler(WEEKLY_SUMMARY_SCHEDULER_ID);
      expect(scheduler).toMatchObject({ key: WEEKLY_SUMMARY_SCHEDULER_ID, pattern: WEEKLY_SUMMARY_PATTERN, tz: WEEKLY_SUMMARY_TIME_ZONE });
      expect(new Date(scheduler!.next!).getUTCDay()).toBe(1);
      expect(await ready(worker)).toMatchObject({ status: 200, body: { weeklySummaryScheduler: true } });
    });
  });

  it('is put right by the periodic sweep on its own', async () => {
    await withWorker(200, async (_worker, prefix, queues) => {
      await loseRedisData(prefix);
      await waitFor('the periodic sweep to register the scheduler again', () =>
        queues.queue(QueueName.WeeklySummary).getJobScheduler(WEEKLY_SUMMARY_SCHEDULER_ID),
      );
    });
  });
});

import type { EntityManager } from 'typeorm';

/**
 * The rows of an `UPDATE … RETURNING` or `DELETE … RETURNING`. On PostgreSQL, TypeORM's `query()`
 * answers those with `[rows, affectedCount]`, not with the rows as it does for SELECT and INSERT.
 */
export async function updateReturning<Row>(manager: Pick<EntityManager, 'query'>, sql: string, parameters: unknown[]): Promise<Row[]> {
  const [rows] = (await manager.query(sql, parameters)) as [Row[], number];
  return rows;
}

import { AbstractLogger, type LogLevel, type LogMessage } from 'typeorm';

/**
 * Counts the SQL statements a DataSource sends, so a test can show that a query's cost does not grow
 * with the data (no N+1). Transaction control statements are not counted.
 */
export class QueryCounter extends AbstractLogger {
  private count = 0;

  get statements(): number {
    return this.count;
  }

  reset(): void {
    this.count = 0;
  }

  override logQuery(query: string): void {
    if (!/^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)/i.test(query.trim())) {
      this.count += 1;
    }
  }

  protected writeLog(_level: LogLevel, _message: LogMessage | LogMessage[]): void {
    // Counting only: logging itself is left to the application's logger.
  }
}

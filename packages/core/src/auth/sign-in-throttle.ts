import IORedis, { type Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RLWrapperTimeouts, type RateLimiterAbstract, type RateLimiterRes } from 'rate-limiter-flexible';
import { TooManyAttemptsError } from '../common/domain-error';
import { hashSecret } from './secrets';

/** Rule 8 (docs/domain.md): ten failed sign-ins in a row lock the account for 15 minutes. */
export const MAX_FAILED_SIGN_INS = 10;
export const LOCKOUT_MINUTES = 15;
/** A run of failures older than this starts again (the same window in the database and in Redis). */
export const FAILURE_WINDOW_HOURS = 24;
/** Failed sign-ins from one client address per window before it must wait. */
export const DEFAULT_MAX_FAILURES_PER_ADDRESS = 100;
const ADDRESS_WINDOW_SECONDS = 15 * 60;
/**
 * How long a sign-in waits for Redis before the in-memory limiter answers instead (the database's
 * counter still holds: see reserveAttempt). Generous enough for a busy process in a burst of attempts.
 */
const REDIS_TIMEOUT_MS = 2000;

export interface SignInThrottleOptions {
  /** Shared by every API process; null keeps the counts in this process only. */
  redis: Redis | null;
  /** Namespaces the Redis keys (tests use their own). @defaultValue 'sps:sign-in' */
  keyPrefix?: string;
  /** @defaultValue DEFAULT_MAX_FAILURES_PER_ADDRESS */
  maxFailuresPerAddress?: number;
}

/** What a reservation holds, to settle once the attempt is decided. */
export interface SignInReservation {
  readonly usernameKey: string;
  readonly address: string | null;
  /** Attempts in the current run for this username, this one included. */
  readonly attemptsInRun: number;
}

/**
 * Rate limits in front of the database's atomic lockout (sign-in.service.ts): per username, whether or
 * not it exists, and per client address, on Redis (with an in-memory limiter in each process to fall
 * back on when Redis is away or slow). The username limiter mirrors the database counter exactly
 * (reserved before the password is checked, a lock of LOCKOUT_MINUTES from the tenth failure, cleared by
 * a successful sign-in), so an unknown username gets the very answers a real one gets, in the same order.
 */
export class SignInThrottle {
  private readonly byUsername: RateLimiterAbstract;
  private readonly byAddress: RateLimiterAbstract;

  /** A throttle with a Redis connection of its own (closed by `close`), for an API process. */
  static connect(redisUrl: string, options: Omit<SignInThrottleOptions, 'redis'> = {}): SignInThrottle {
    // Sign-in never waits for Redis to come back: without it, the in-memory limiter answers at once.
    const redis = new IORedis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    redis.on('error', () => undefined);
    const throttle = new SignInThrottle({ ...options, redis });
    throttle.ownRedis = redis;
    return throttle;
  }

  private ownRedis: Redis | null = null;

  async close(): Promise<void> {
    if (this.ownRedis?.status === 'ready') await this.ownRedis.quit().catch(() => undefined);
    else this.ownRedis?.disconnect();
  }

  constructor(options: SignInThrottleOptions) {
    const keyPrefix = options.keyPrefix ?? 'sps:sign-in';
    this.byUsername = limiter(options.redis, {
      keyPrefix: `${keyPrefix}:username`,
      points: MAX_FAILED_SIGN_INS,
      duration: FAILURE_WINDOW_HOURS * 3600,
    });
    this.byAddress = limiter(options.redis, {
      keyPrefix: `${keyPrefix}:address`,
      points: options.maxFailuresPerAddress ?? DEFAULT_MAX_FAILURES_PER_ADDRESS,
      duration: ADDRESS_WINDOW_SECONDS,
    });
  }

  /**
   * Takes one attempt for the username and the address before anything is checked, atomically, so a
   * burst sent in parallel gets no more than the limit. Refused: TooManyAttemptsError.
   */
  async reserve(username: string, address: string | null): Promise<SignInReservation> {
    if (address) await this.byAddress.consume(address).catch(refusal);
    const key = usernameKey(username);
    const taken = await this.byUsername.consume(key).catch(refusal);
    if (taken.consumedPoints >= MAX_FAILED_SIGN_INS) {
      // The tenth attempt holds the lock while it is checked: nothing else gets through meanwhile.
      await this.byUsername.block(key, LOCKOUT_MINUTES * 60);
    }
    return { usernameKey: key, address, attemptsInRun: taken.consumedPoints };
  }

  /** The attempt succeeded: the username's run is over, and the address gets its attempt back. */
  async succeeded(reservation: SignInReservation): Promise<void> {
    await this.byUsername.delete(reservation.usernameKey);
    if (reservation.address) await this.byAddress.reward(reservation.address);
  }

  /**
   * A correct password with a second factor still to come: the address gets its attempt back (many
   * people of one trust may share an address), while the username's run goes on until the session opens.
   */
  async passwordAccepted(reservation: SignInReservation): Promise<void> {
    if (reservation.address) await this.byAddress.reward(reservation.address);
  }

  /** The person proved who they are another way (a password reset link): their run of failures is over. */
  async forget(username: string): Promise<void> {
    await this.byUsername.delete(usernameKey(username));
  }
}

/** Usernames are not kept in Redis as they are, only hashed. */
function usernameKey(username: string): string {
  return hashSecret(username.trim().toLowerCase());
}

function limiter(redis: Redis | null, options: { keyPrefix: string; points: number; duration: number }): RateLimiterAbstract {
  const memory = new RateLimiterMemory(options);
  if (!redis) return memory;
  return new RLWrapperTimeouts({
    limiter: new RateLimiterRedis({ ...options, storeClient: redis, rejectIfRedisNotReady: true, insuranceLimiter: memory }),
    timeoutMs: REDIS_TIMEOUT_MS,
  }) as unknown as RateLimiterAbstract;
}

/** A limiter's refusal (a RateLimiterRes) as the domain's answer; anything else is a fault. */
function refusal(rejection: unknown): never {
  if (rejection instanceof Error) throw rejection;
  throw new TooManyAttemptsError((rejection as RateLimiterRes).msBeforeNext);
}

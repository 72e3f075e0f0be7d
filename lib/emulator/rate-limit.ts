/** A token bucket per team (the embedded API has one team): `perSecond` refill, `burst` capacity. */
import { ApiError } from './errors';
import type { RateLimitOptions } from './options';

export class RateLimiter {
  private tokens: number;
  private updatedAt: number;

  constructor(
    private readonly options: RateLimitOptions,
    private readonly now: () => number,
  ) {
    this.tokens = options.burst;
    this.updatedAt = now();
  }

  /** Takes one token, or throws 429 `rate_limited`. Returns the RateLimit-* headers for the response. */
  take(): Record<string, string> {
    this.refill();
    if (this.tokens < 1) {
      const retryAfter = Math.max(1, Math.ceil((1 - this.tokens) / this.options.perSecond));
      throw new ApiError(429, 'rate_limited', `Rate limit exceeded; retry in ${retryAfter} second(s)`, {
        'Retry-After': String(retryAfter),
        ...this.headers(),
      });
    }
    this.tokens -= 1;
    return this.headers();
  }

  private refill(): void {
    const now = this.now();
    const elapsed = Math.max(0, now - this.updatedAt) / 1000;
    this.tokens = Math.min(this.options.burst, this.tokens + elapsed * this.options.perSecond);
    this.updatedAt = now;
  }

  private headers(): Record<string, string> {
    const missing = this.options.burst - this.tokens;
    return {
      'RateLimit-Limit': String(this.options.burst),
      'RateLimit-Remaining': String(Math.max(0, Math.floor(this.tokens))),
      'RateLimit-Reset': String(Math.ceil(missing / this.options.perSecond)),
    };
  }
}

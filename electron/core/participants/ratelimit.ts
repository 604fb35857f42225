// Token buckets per device and per IP address, in memory only (an IP address is personal data:
// never stored, never logged; the map is pruned and forgotten when the mode stops).
// Sized for a table of five sharing one phone: a burst of 40 writes, then 2 per second.
// Our own 30 lines rather than rate-limiter-flexible: we need two buckets per request, a
// synchronous check, and nothing else (see docs/dependencies.md).
export class Buckets {
  private readonly map = new Map<string, { tokens: number; at: number }>();
  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
    private readonly maxKeys = 20000,
  ) {}

  take(key: string, now = Date.now()): boolean {
    let b = this.map.get(key);
    if (!b) {
      if (this.map.size >= this.maxKeys) this.prune(now);
      b = { tokens: this.capacity, at: now };
      this.map.set(key, b);
    }
    b.tokens = Math.min(this.capacity, b.tokens + ((now - b.at) / 1000) * this.perSecond);
    b.at = now;
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  }

  /** Whether `take` would succeed now, without taking. */
  has(key: string, now = Date.now()): boolean {
    const b = this.map.get(key);
    return !b || Math.min(this.capacity, b.tokens + ((now - b.at) / 1000) * this.perSecond) >= 1;
  }

  /** Forget full buckets (they behave exactly like new ones). */
  prune(now = Date.now()): void {
    for (const [k, b] of this.map) if (b.tokens + ((now - b.at) / 1000) * this.perSecond >= this.capacity) this.map.delete(k);
    if (this.map.size >= this.maxKeys) this.map.clear();
  }

  get size(): number {
    return this.map.size;
  }

  clear(): void {
    this.map.clear();
  }
}

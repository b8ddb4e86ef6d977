/**
 * Long waits that really wait.
 *
 * Node keeps a timer's delay in a signed 32-bit integer: a delay above 2^31−1 ms (about
 * 24.8 days) is replaced by 1 ms, with nothing but a warning. aws-local-stepfunctions sleeps
 * with the global `setTimeout`, so a 28-day Wait state would end at once and a statutory
 * clock would fire weeks early. These timers wait out a long delay in chunks, each within the
 * limit, and measure what is left against the clock after each chunk.
 *
 * Installed in the embedded runtime's process only (local/embedded.ts): deployed Lambdas
 * never wait this long, and AWS Step Functions has no such limit.
 */
import { promisify } from 'node:util';

/** The largest delay Node's timers honour. */
export const MAX_TIMER_DELAY_MS = 2 ** 31 - 1;

export type TimerCallback = (...args: unknown[]) => void;

/** What long timers are built on: the real timer functions, or a test's fakes. */
export interface TimerApi {
  setTimeout(callback: TimerCallback, delay?: number, ...args: unknown[]): unknown;
  clearTimeout(handle: unknown): void;
  /** Milliseconds since the epoch; the deadline of a long timer is measured with it. */
  now(): number;
}

export interface LongTimers {
  setTimeout(callback: TimerCallback, delay?: number, ...args: unknown[]): unknown;
  clearTimeout(handle: unknown): void;
}

interface Refable {
  ref(): unknown;
  unref(): unknown;
}

const isRefable = (handle: unknown): handle is Refable =>
  typeof handle === 'object' &&
  handle !== null &&
  typeof (handle as Partial<Refable>).ref === 'function' &&
  typeof (handle as Partial<Refable>).unref === 'function';

/**
 * A timer longer than Node can hold, behaving like a `NodeJS.Timeout`: `ref`/`unref` carry
 * over to every chunk, `refresh` restarts the whole delay, and its primitive (a negative
 * number, which no native timer ever has) clears it like a native timer id.
 */
export class LongTimeout implements NodeJS.Timeout {
  private chunk: unknown;
  private deadline = 0;
  private referenced = true;

  constructor(
    private readonly base: TimerApi,
    private readonly registry: Map<number, LongTimeout>,
    private readonly maxChunkMs: number,
    private readonly delayMs: number,
    private readonly callback: () => void,
    readonly id: number,
  ) {
    this.start();
  }

  /** When the callback is due (epoch ms, by `base.now`). */
  get dueAt(): number {
    return this.deadline;
  }

  private start(): void {
    this.deadline = this.base.now() + this.delayMs;
    this.registry.set(this.id, this);
    this.scheduleChunk();
  }

  private scheduleChunk(): void {
    const remaining = this.deadline - this.base.now();
    if (remaining <= 0) {
      this.cancel();
      this.callback();
      return;
    }
    this.chunk = this.base.setTimeout(() => this.scheduleChunk(), Math.min(remaining, this.maxChunkMs));
    if (!this.referenced && isRefable(this.chunk)) this.chunk.unref();
  }

  cancel(): void {
    if (this.chunk !== undefined) this.base.clearTimeout(this.chunk);
    this.chunk = undefined;
    this.registry.delete(this.id);
  }

  close(): this {
    this.cancel();
    return this;
  }

  hasRef(): boolean {
    return this.referenced;
  }

  ref(): this {
    this.referenced = true;
    if (isRefable(this.chunk)) this.chunk.ref();
    return this;
  }

  unref(): this {
    this.referenced = false;
    if (isRefable(this.chunk)) this.chunk.unref();
    return this;
  }

  refresh(): this {
    this.cancel();
    this.start();
    return this;
  }

  [Symbol.toPrimitive](): number {
    return this.id;
  }

  [Symbol.dispose](): void {
    this.cancel();
  }

  _onTimeout(): void {
    this.callback();
  }
}

/** Timer functions that pass short delays straight to `base` and chunk long ones. */
export function createLongTimers(base: TimerApi, maxChunkMs = MAX_TIMER_DELAY_MS): LongTimers {
  const registry = new Map<number, LongTimeout>();
  let lastId = 0;

  return {
    setTimeout(callback, delay, ...args) {
      const delayMs = Number(delay);
      if (!(delayMs > maxChunkMs) || typeof callback !== 'function') {
        // Within the limit (or invalid, for Node to reject): exactly the native behaviour.
        return base.setTimeout(callback, delay, ...args);
      }
      lastId -= 1;
      return new LongTimeout(base, registry, maxChunkMs, delayMs, () => callback(...args), lastId);
    },
    clearTimeout(handle) {
      if (handle instanceof LongTimeout) return handle.cancel();
      const long = typeof handle === 'number' || typeof handle === 'string' ? registry.get(Number(handle)) : undefined;
      if (long) return long.cancel();
      base.clearTimeout(handle);
    },
  };
}

const INSTALLED = Symbol.for('complaints.local.longTimers');

interface TimerGlobals {
  setTimeout: typeof globalThis.setTimeout;
  clearTimeout: typeof globalThis.clearTimeout;
  [INSTALLED]?: true;
}

/**
 * Replaces the global `setTimeout`/`clearTimeout` (whatever they are at the time, real or a
 * test's fakes) with long timers. Returns a function that puts the previous ones back; timers
 * already set keep working either way. Installing twice is a no-op.
 */
export function installLongTimers(target: TimerGlobals = globalThis as TimerGlobals): () => void {
  if (target[INSTALLED]) return () => {};
  const previous = { setTimeout: target.setTimeout, clearTimeout: target.clearTimeout };
  const timers = createLongTimers({
    setTimeout: (callback, delay, ...args) => previous.setTimeout(callback, delay, ...args),
    clearTimeout: (handle) => previous.clearTimeout(handle as Parameters<typeof clearTimeout>[0]),
    now: () => Date.now(),
  });
  const patched = Object.assign(timers.setTimeout, {
    // util.promisify(setTimeout) keeps working (with Node's own, unchunked, promise timer).
    [promisify.custom]: (previous.setTimeout as { [promisify.custom]?: unknown })[promisify.custom],
  });
  target.setTimeout = patched as unknown as typeof globalThis.setTimeout;
  target.clearTimeout = timers.clearTimeout as typeof globalThis.clearTimeout;
  target[INSTALLED] = true;
  return () => {
    target.setTimeout = previous.setTimeout;
    target.clearTimeout = previous.clearTimeout;
    delete target[INSTALLED];
  };
}

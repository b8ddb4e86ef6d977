import { StateMachine, type StateMachineDefinition } from 'aws-local-stepfunctions';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createLongTimers,
  installLongTimers,
  MAX_TIMER_DELAY_MS,
  type TimerApi,
  type TimerCallback,
} from '../../local/long-timers';

const DAY_MS = 24 * 60 * 60 * 1000;
const TWENTY_EIGHT_DAYS_MS = 28 * DAY_MS;

/** A virtual clock that records every timer set on it, so chunk sizes can be checked. */
class RecordingTimers implements TimerApi {
  time = 0;
  readonly delays: number[] = [];
  private pending = new Map<number, { due: number; run: () => void }>();
  private lastId = 0;

  now = () => this.time;

  setTimeout = (callback: TimerCallback, delay = 0, ...args: unknown[]) => {
    this.delays.push(delay);
    this.lastId += 1;
    this.pending.set(this.lastId, { due: this.time + delay, run: () => callback(...args) });
    return this.lastId;
  };

  clearTimeout = (handle: unknown) => {
    this.pending.delete(handle as number);
  };

  get pendingCount(): number {
    return this.pending.size;
  }

  advance(ms: number): void {
    const until = this.time + ms;
    for (;;) {
      const next = [...this.pending.entries()].sort(([, a], [, b]) => a.due - b.due)[0];
      if (!next || next[1].due > until) break;
      this.pending.delete(next[0]);
      this.time = next[1].due;
      next[1].run();
    }
    this.time = until;
  }
}

const waitTwentyEightDays: StateMachineDefinition = {
  StartAt: 'WaitForDeadline',
  States: {
    WaitForDeadline: { Type: 'Wait', TimestampPath: '$.deadlineAt', Next: 'DeadlinePassed' },
    DeadlinePassed: { Type: 'Succeed' },
  },
};

const isoWithoutMillis = (epochMs: number) => new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Runs the 28-day Wait; `settled` turns true when the execution ends. */
function runTwentyEightDayWait() {
  const stateMachine = new StateMachine(waitTwentyEightDays);
  const startedAt = Date.now();
  const execution = stateMachine.run(
    { deadlineAt: isoWithoutMillis(startedAt + TWENTY_EIGHT_DAYS_MS) },
    { noThrowOnAbort: true },
  );
  const state = { settled: false, settledAt: 0 };
  void execution.result.then(() => {
    state.settled = true;
    state.settledAt = Date.now();
  });
  return { execution, state, startedAt };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe('Function: createLongTimers', () => {
  it('passes delays within the limit straight to the underlying timers', () => {
    // Prepare
    const base = new RecordingTimers();
    const timers = createLongTimers(base);
    const callback = vi.fn();

    // Act
    const handle = timers.setTimeout(callback, 1_000, 'argument');
    base.advance(1_000);

    // Assess
    expect(handle).toBe(1);
    expect(base.delays).toEqual([1_000]);
    expect(callback).toHaveBeenCalledExactlyOnceWith('argument');
  });

  it('waits out 28 days in chunks no longer than Node allows, then fires once', () => {
    // Prepare
    const base = new RecordingTimers();
    const timers = createLongTimers(base);
    const callback = vi.fn();

    // Act
    timers.setTimeout(callback, TWENTY_EIGHT_DAYS_MS, 'argument');
    base.advance(TWENTY_EIGHT_DAYS_MS - 1);

    // Assess
    expect(callback).not.toHaveBeenCalled();
    expect(base.delays.every((delay) => delay <= MAX_TIMER_DELAY_MS)).toBe(true);
    expect(base.delays).toEqual([MAX_TIMER_DELAY_MS, TWENTY_EIGHT_DAYS_MS - MAX_TIMER_DELAY_MS]);
    base.advance(1);
    expect(callback).toHaveBeenCalledExactlyOnceWith('argument');
    base.advance(TWENTY_EIGHT_DAYS_MS);
    expect(callback).toHaveBeenCalledOnce();
    expect(base.pendingCount).toBe(0);
  });

  it('re-measures against the clock after each chunk, so a clock that jumped ahead is honoured', () => {
    // Prepare
    const base = new RecordingTimers();
    const timers = createLongTimers(base, 10_000);
    const callback = vi.fn();
    timers.setTimeout(callback, 25_000);

    // Act: the wall clock jumps 20 s (a suspended laptop), then the first chunk fires.
    base.time += 20_000;
    base.advance(0);
    base.advance(5_000);

    // Assess
    expect(callback).toHaveBeenCalledOnce();
    expect(base.time).toBe(25_000);
  });

  it('cancels with clearTimeout, by handle or by its primitive id, in any chunk', () => {
    // Prepare
    const base = new RecordingTimers();
    const timers = createLongTimers(base);
    const byHandle = vi.fn();
    const byId = vi.fn();
    const first = timers.setTimeout(byHandle, TWENTY_EIGHT_DAYS_MS);
    const second = timers.setTimeout(byId, TWENTY_EIGHT_DAYS_MS);

    // Act
    base.advance(MAX_TIMER_DELAY_MS + 1);
    timers.clearTimeout(first);
    timers.clearTimeout(Number(second));
    base.advance(TWENTY_EIGHT_DAYS_MS);

    // Assess
    expect(byHandle).not.toHaveBeenCalled();
    expect(byId).not.toHaveBeenCalled();
    expect(base.pendingCount).toBe(0);
    expect(Number(first)).toBeLessThan(0);
  });

  it('keeps ref/unref/hasRef across chunks and restarts the whole delay on refresh', () => {
    // Prepare
    const refs: string[] = [];
    const base = new RecordingTimers();
    const refable: TimerApi = {
      ...base,
      now: base.now,
      clearTimeout: (handle) => base.clearTimeout((handle as { id: number }).id),
      setTimeout: (callback, delay, ...args) => ({
        id: base.setTimeout(callback, delay, ...args),
        ref: () => refs.push('ref'),
        unref: () => refs.push('unref'),
      }),
    };
    const timers = createLongTimers(refable);
    const callback = vi.fn();

    // Act
    const handle = timers.setTimeout(callback, TWENTY_EIGHT_DAYS_MS) as NodeJS.Timeout;
    handle.unref();
    base.advance(DAY_MS);
    handle.refresh();

    // Assess
    expect(handle.hasRef()).toBe(false);
    expect(refs).toEqual(['unref', 'unref']);
    base.advance(TWENTY_EIGHT_DAYS_MS - 1);
    expect(callback).not.toHaveBeenCalled();
    base.advance(1);
    expect(callback).toHaveBeenCalledOnce();
  });
});

describe('A 28-day Wait state in aws-local-stepfunctions', () => {
  let uninstall: (() => void) | undefined;

  afterEach(() => {
    uninstall?.();
    uninstall = undefined;
    vi.useRealTimers();
  });

  it('ends at once with plain Node timers (the hazard the embedded runtime must fix)', async () => {
    // Prepare
    const { execution, state, startedAt } = runTwentyEightDayWait();

    // Act
    await Promise.race([execution.result, sleep(1_000)]);

    // Assess
    expect(state.settled).toBe(true);
    expect(state.settledAt - startedAt).toBeLessThan(100);
  });

  it('is still waiting after 300 ms with long timers installed', async () => {
    // Prepare
    uninstall = installLongTimers();
    const { execution, state } = runTwentyEightDayWait();

    // Act
    await sleep(300);

    // Assess
    expect(state.settled).toBe(false);
    execution.abort();
  });

  it('ends exactly 28 days later with long timers installed (fake clock)', async () => {
    // Prepare: long timers on top of the fake ones, so advancing the fake clock drives them.
    vi.useFakeTimers({ now: Date.parse('2025-02-03T10:00:00Z') });
    uninstall = installLongTimers();
    const { execution, state, startedAt } = runTwentyEightDayWait();

    // Act
    await vi.advanceTimersByTimeAsync(TWENTY_EIGHT_DAYS_MS - 1_000);
    const settledBeforeDeadline = state.settled;
    await vi.advanceTimersByTimeAsync(1_000);
    await execution.result;

    // Assess
    expect(settledBeforeDeadline).toBe(false);
    expect(state.settled).toBe(true);
    expect(state.settledAt - startedAt).toBe(TWENTY_EIGHT_DAYS_MS);
  });
});

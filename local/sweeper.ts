/**
 * Runs the outbox sweeper on an interval, as the EventBridge rule does in AWS, and — playing
 * the part of the table's stream consumer — whenever something may have written effects
 * (`nudge`). Sweeps never overlap: the next one starts when the last has finished, and nudges
 * that arrive meanwhile are folded into one more sweep.
 */
export interface Sweeper {
  /** Runs a sweep now (after any sweep in progress) and resolves when it has finished. */
  sweepNow(): Promise<void>;
  /** Asks for a sweep soon, without waiting for it; many nudges make one sweep. */
  nudge(): void;
  /** Stops scheduling and waits for a sweep in progress. */
  stop(): Promise<void>;
}

export function startSweeper(sweep: () => Promise<unknown>, intervalMs: number, onError: (error: unknown) => void): Sweeper {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> = Promise.resolve();
  let queued: Promise<void> | undefined;

  const run = (): Promise<void> => {
    const next = current.then(() => {
      if (queued === next) queued = undefined;
      return stopped ? undefined : sweep().then(() => undefined, onError);
    });
    current = next;
    return next;
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => void run().then(schedule), intervalMs);
    // The sweeper alone must not keep the process alive.
    timer.unref();
  };
  schedule();

  return {
    sweepNow: run,
    nudge: () => {
      if (stopped || queued) return;
      queued = run();
    },
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await current;
    },
  };
}

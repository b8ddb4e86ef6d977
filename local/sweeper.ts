/**
 * Runs the outbox sweeper on an interval, as the EventBridge rule does in AWS. Sweeps never
 * overlap: the next one is scheduled when the last has finished.
 */
export interface Sweeper {
  /** Runs a sweep now (after any sweep in progress) and resolves when it has finished. */
  sweepNow(): Promise<void>;
  /** Stops scheduling and waits for a sweep in progress. */
  stop(): Promise<void>;
}

export function startSweeper(sweep: () => Promise<unknown>, intervalMs: number, onError: (error: unknown) => void): Sweeper {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> = Promise.resolve();

  const run = (): Promise<void> => {
    current = current.then(() => sweep().then(() => undefined, onError));
    return current;
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
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await current;
    },
  };
}

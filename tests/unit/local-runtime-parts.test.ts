import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lockDataDir } from '../../local/data-dir-lock';
import { CLOSED_EXECUTION_RETENTION_MS, ExecutionStore, readExecutionLog, type ExecutionRecord } from '../../local/execution-store';
import { startSweeper } from '../../local/sweeper';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'local-parts-test-'));
  dirs.push(dir);
  return dir;
};

afterEach(() => {
  vi.useRealTimers();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const record = (name: string, extra: Partial<ExecutionRecord> = {}): ExecutionRecord => ({
  executionArn: `arn:aws:states:eu-west-2:000000000000:execution:parent:${name}`,
  stateMachineArn: 'arn:aws:states:eu-west-2:000000000000:stateMachine:parent',
  name,
  input: '{}',
  status: 'RUNNING',
  startDate: '2026-01-01T00:00:00.000Z',
  ...extra,
});

describe('Class: ExecutionStore', () => {
  it('appends every change to its file at once, one line each, leaving no temporary file behind', () => {
    // Prepare
    const file = path.join(tempDir(), 'executions.jsonl');
    const store = new ExecutionStore(file);

    // Act
    store.put(record('a'));
    store.put(record('a', { status: 'SUCCEEDED', stopDate: '2026-01-02T00:00:00.000Z' }));

    // Assess: two lines (the second is the state), and a reader sees the last state.
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(2);
    expect(readExecutionLog(file)).toMatchObject([{ name: 'a', status: 'SUCCEEDED' }]);
    expect(readdirSync(path.dirname(file))).toEqual(['executions.jsonl']);
  });

  it('costs the same to write at the thousandth execution as at the first (it appends)', () => {
    // Prepare
    const file = path.join(tempDir(), 'executions.jsonl');
    const store = new ExecutionStore(file);
    for (let i = 0; i < 1000; i += 1) store.put(record(`e${i}`));
    const before = statSync(file).size;

    // Act
    store.put(record('e1000'));

    // Assess: the file grew by one line, not by a rewrite of everything.
    expect(statSync(file).size - before).toBe(`${JSON.stringify(record('e1000'))}\n`.length);
  });

  it('skips a torn last line (a kill mid-write), keeps the rest, and compacts on open', () => {
    // Prepare
    const file = path.join(tempDir(), 'executions.jsonl');
    const writer = new ExecutionStore(file);
    writer.put(record('a'));
    writer.put(record('a', { status: 'SUCCEEDED', stopDate: '2026-03-02T00:00:00.000Z' }));
    writer.put(record('b'));
    appendFileSync(file, '{"executionArn":"arn:c","sta');

    // Act
    const reader = new ExecutionStore(file, Date.parse('2026-03-03T00:00:00.000Z'));

    // Assess
    expect(reader.all().map((execution) => [execution.name, execution.status])).toEqual([
      ['a', 'SUCCEEDED'],
      ['b', 'RUNNING'],
    ]);
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(2);
  });

  it('takes over the executions of an earlier executions.json, so an upgrade loses no clock', () => {
    // Prepare
    const dir = tempDir();
    writeFileSync(path.join(dir, 'executions.json'), JSON.stringify({ version: 1, executions: [record('kept')] }));

    // Act
    const store = new ExecutionStore(path.join(dir, 'executions.jsonl'), Date.parse('2026-01-02T00:00:00.000Z'));

    // Assess
    expect(store.all().map((execution) => execution.name)).toEqual(['kept']);
    expect(readdirSync(dir)).toEqual(['executions.jsonl']);
  });

  it('forgets closed executions after 90 days, as AWS does, but never running ones', () => {
    // Prepare
    const file = path.join(tempDir(), 'executions.jsonl');
    const writer = new ExecutionStore(file);
    writer.put(record('old', { status: 'SUCCEEDED', stopDate: '2026-01-01T00:00:00.000Z' }));
    writer.put(record('recent', { status: 'ABORTED', stopDate: '2026-03-01T00:00:00.000Z' }));
    writer.put(record('running'));

    // Act
    const reader = new ExecutionStore(file, Date.parse('2026-01-01T00:00:00.000Z') + CLOSED_EXECUTION_RETENTION_MS + 1);

    // Assess
    expect(reader.all().map((execution) => execution.name)).toEqual(['recent', 'running']);
  });
});

describe('Function: lockDataDir', () => {
  it('refuses a folder another live runtime holds, and releases it on unlock', () => {
    // Prepare
    const dir = tempDir();
    const unlock = lockDataDir(dir);

    // Act + Assess
    expect(() => lockDataDir(dir)).toThrow(/in use by another embedded runtime/);
    unlock();
    expect(existsSync(path.join(dir, 'embedded.pid'))).toBe(false);
    lockDataDir(dir)();
  });

  it('takes over the lock of a runtime that was killed', () => {
    // Prepare: the pid of a process that has exited.
    const dir = tempDir();
    const gone = spawnSync(process.execPath, ['-e', '0']).pid;
    writeFileSync(path.join(dir, 'embedded.pid'), String(gone));

    // Act
    const unlock = lockDataDir(dir);

    // Assess
    expect(readFileSync(path.join(dir, 'embedded.pid'), 'utf8')).toBe(String(process.pid));
    unlock();
  });
});

describe('Function: startSweeper', () => {
  it('sweeps on its interval, never two at once, and waits for a sweep in progress when stopped', async () => {
    // Prepare
    vi.useFakeTimers();
    let running = 0;
    let overlapped = false;
    let sweeps = 0;
    const sweep = async () => {
      running += 1;
      overlapped ||= running > 1;
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      sweeps += 1;
      running -= 1;
    };
    const sweeper = startSweeper(sweep, 1_000, () => {});

    // Act
    void sweeper.sweepNow();
    await vi.advanceTimersByTimeAsync(5_000);
    const stopped = sweeper.stop();
    await vi.advanceTimersByTimeAsync(2_000);
    await stopped;
    const afterStop = sweeps;
    await vi.advanceTimersByTimeAsync(10_000);

    // Assess
    expect(overlapped).toBe(false);
    expect(sweeps).toBeGreaterThanOrEqual(3);
    expect(sweeps).toBe(afterStop);
  });

  it('reports a failed sweep and keeps sweeping', async () => {
    // Prepare
    vi.useFakeTimers();
    const onError = vi.fn();
    const sweep = vi.fn().mockRejectedValueOnce(new Error('SES down')).mockResolvedValue(undefined);
    const sweeper = startSweeper(sweep, 1_000, onError);

    // Act
    await vi.advanceTimersByTimeAsync(2_500);
    await sweeper.stop();

    // Assess
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'SES down' }));
    expect(sweep).toHaveBeenCalledTimes(2);
  });
});

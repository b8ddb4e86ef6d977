/**
 * Where the local Step Functions keeps its executions: a JSON file, rewritten whole on every
 * change (temporary file, then rename, so a kill at any moment leaves the old or the new
 * version, never half of one). Writes are synchronous on purpose: StartExecution answers only
 * once its execution is on disk, so a clock that was acknowledged cannot be lost.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export type ExecutionStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED';

export interface ExecutionRecord {
  executionArn: string;
  stateMachineArn: string;
  name: string;
  /** The input exactly as it was given (a JSON text). */
  input: string;
  status: ExecutionStatus;
  /** ISO 8601. */
  startDate: string;
  stopDate?: string;
  output?: string;
  error?: string;
  cause?: string;
  /** How many times a restart re-ran it from the top. */
  resumedCount?: number;
}

/** Like AWS, a closed execution is kept for 90 days (its name stays taken until then). */
export const CLOSED_EXECUTION_RETENTION_MS = 90 * 24 * 60 * 60 * 1000;

interface StoredFile {
  version: 1;
  executions: ExecutionRecord[];
}

export class ExecutionStore {
  private readonly records = new Map<string, ExecutionRecord>();

  /** Without a file, executions live in memory only. */
  constructor(
    private readonly file?: string,
    now = Date.now(),
  ) {
    if (!file) return;
    mkdirSync(path.dirname(file), { recursive: true });
    for (const record of readRecords(file)) {
      const closedLongAgo = record.stopDate && now - Date.parse(record.stopDate) > CLOSED_EXECUTION_RETENTION_MS;
      if (!closedLongAgo) this.records.set(record.executionArn, record);
    }
  }

  get(executionArn: string): ExecutionRecord | undefined {
    const record = this.records.get(executionArn);
    return record && { ...record };
  }

  all(): ExecutionRecord[] {
    return [...this.records.values()].map((record) => ({ ...record }));
  }

  /** Stores the record (new or changed) and, with a file, writes it before returning. */
  put(record: ExecutionRecord): void {
    this.records.set(record.executionArn, { ...record });
    if (!this.file) return;
    const contents: StoredFile = { version: 1, executions: [...this.records.values()] };
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(contents, null, 1));
    renameSync(temporary, this.file);
  }
}

function readRecords(file: string): ExecutionRecord[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const parsed = JSON.parse(text) as Partial<StoredFile>;
  if (parsed.version !== 1 || !Array.isArray(parsed.executions)) {
    throw new Error(`${file} is not an executions file this version understands`);
  }
  return parsed.executions;
}

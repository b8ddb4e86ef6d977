/**
 * Where the local Step Functions keeps its executions: an append-only JSON Lines file
 * (json-lines.ts), one line per change, the last line of an execution being its state. Writes
 * are synchronous on purpose: StartExecution answers only once its execution is on disk, so
 * a clock that was acknowledged cannot be lost. Appending keeps that write the same size
 * however many executions there are (rewriting the whole file did not).
 */
import { readFileSync } from 'node:fs';
import { JsonLinesFile, legacyJsonFile, readJsonLines, removeLegacy } from './json-lines';

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

/** The executions a file holds: the last state of each, in the order they were first stored. */
export function readExecutionLog(file: string): ExecutionRecord[] {
  const latest = new Map<string, ExecutionRecord>();
  for (const record of readJsonLines<ExecutionRecord>(file)) latest.set(record.executionArn, record);
  return [...latest.values()];
}

export class ExecutionStore {
  private readonly records = new Map<string, ExecutionRecord>();
  private readonly log: JsonLinesFile<ExecutionRecord> | undefined;

  /** Without a file, executions live in memory only. */
  constructor(file?: string, now = Date.now()) {
    if (!file) return;
    const legacy = legacyJsonFile(file);
    for (const record of [...(legacy ? readLegacy(legacy) : []), ...readExecutionLog(file)]) {
      const closedLongAgo = record.stopDate && now - Date.parse(record.stopDate) > CLOSED_EXECUTION_RETENTION_MS;
      if (closedLongAgo) this.records.delete(record.executionArn);
      else this.records.set(record.executionArn, record);
    }
    this.log = new JsonLinesFile(file);
    this.log.rewrite(this.records.values());
    removeLegacy(legacy);
  }

  get(executionArn: string): ExecutionRecord | undefined {
    const record = this.records.get(executionArn);
    return record && { ...record };
  }

  all(): ExecutionRecord[] {
    return [...this.records.values()].map((record) => ({ ...record }));
  }

  /** Stores the record (new or changed) and, with a file, appends it before returning. */
  put(record: ExecutionRecord): void {
    this.records.set(record.executionArn, { ...record });
    this.log?.append(record);
  }
}

/** The earlier format: `{ version: 1, executions: [...] }` rewritten whole on every change. */
function readLegacy(file: string): ExecutionRecord[] {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { version?: number; executions?: ExecutionRecord[] };
  if (parsed.version !== 1 || !Array.isArray(parsed.executions)) {
    throw new Error(`${file} is not an executions file this version understands`);
  }
  return parsed.executions;
}

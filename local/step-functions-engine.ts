/**
 * The local Step Functions service: registered state machines (ARN → ASL) run with
 * aws-local-stepfunctions, every Task state handed to `invokeTask` in-process, executions
 * kept in an ExecutionStore.
 *
 * After a restart every execution still RUNNING is run again from the top with its original
 * input (`resumeRunning`). That is correct because every task of our workflows is idempotent:
 * a re-run converges to where the execution was, and its Wait states wait for the same
 * timestamps, which the tasks compute from what they stored.
 */
import { randomUUID } from 'node:crypto';
import { ExecutionError, ExecutionTimeoutError, StateMachine, type StateMachineDefinition } from 'aws-local-stepfunctions';
import { ExecutionStore, type ExecutionRecord, type ExecutionStatus } from './execution-store';
import type { JsonValue } from './json';
import { StepFunctionsApiError } from './step-functions-error';

export type { ExecutionRecord, ExecutionStatus } from './execution-store';

/** A Task state reached by an execution, with its Parameters already resolved. */
export interface TaskCall {
  stateMachineArn: string;
  executionArn: string;
  stateName: string;
  resource: string;
  input: JsonValue;
}

export type TaskInvoker = (call: TaskCall) => Promise<JsonValue>;

export type EngineEvent =
  | { type: 'started' | 'resumed'; execution: ExecutionRecord }
  | { type: 'ended'; execution: ExecutionRecord };

export interface LocalStepFunctionsOptions {
  /** By state machine ARN. */
  stateMachines: Readonly<Record<string, StateMachineDefinition>>;
  invokeTask: TaskInvoker;
  /** Keeps executions in this file across restarts; in memory without it. */
  storeFile?: string;
  onEvent?: (event: EngineEvent) => void;
}

export interface StartExecutionRequest {
  stateMachineArn: string;
  name?: string;
  input?: string;
}

interface RegisteredMachine {
  machine: StateMachine;
  /** Task state name → its Resource, over all branches and iterators. */
  tasks: Map<string, string>;
}

interface Run {
  abort: () => void;
  /** Set when a stop or shutdown aborts the run, so its end is not recorded as a result. */
  interrupted: boolean;
  ended: Promise<void>;
}

const STATE_MACHINE_ARN = /^arn:aws[a-z-]*:states:[^:]+:\d{12}:stateMachine:[^:]+$/;
/** AWS: 1–80 characters, none of whitespace, brackets, wildcards or these punctuation marks. */
const EXECUTION_NAME = /^[^\s<>{}[\]?*"#%\\^|~`$&,;:/\u0000-\u001f\u007f-\u009f]{1,80}$/;
const MAX_INPUT_BYTES = 256 * 1024;

export class LocalStepFunctions {
  private readonly machines = new Map<string, RegisteredMachine>();
  private readonly runs = new Map<string, Run>();
  private readonly store: ExecutionStore;
  private closed = false;

  constructor(private readonly options: LocalStepFunctionsOptions) {
    for (const [arn, definition] of Object.entries(options.stateMachines)) {
      if (!STATE_MACHINE_ARN.test(arn)) throw new Error(`Not a state machine ARN: ${arn}`);
      this.machines.set(arn, { machine: new StateMachine(definition), tasks: taskStates(definition) });
    }
    this.store = new ExecutionStore(options.storeFile);
  }

  startExecution(request: StartExecutionRequest): { executionArn: string; startDate: Date } {
    const { stateMachineArn } = request;
    if (!STATE_MACHINE_ARN.test(stateMachineArn)) throw new StepFunctionsApiError('InvalidArn', `Invalid Arn: '${stateMachineArn}'`);
    if (!this.machines.has(stateMachineArn)) {
      throw new StepFunctionsApiError('StateMachineDoesNotExist', `State Machine Does Not Exist: '${stateMachineArn}'`);
    }
    const name = request.name ?? randomUUID();
    if (!EXECUTION_NAME.test(name)) throw new StepFunctionsApiError('InvalidName', `Invalid Name: '${name}'`);
    const input = request.input ?? '{}';
    validateInput(input);

    const executionArn = `${stateMachineArn.replace(':stateMachine:', ':execution:')}:${name}`;
    const existing = this.store.get(executionArn);
    if (existing) {
      // As in AWS: a repeated start of a running execution with the same input is a no-op.
      if (existing.status === 'RUNNING' && existing.input === input) {
        return { executionArn, startDate: new Date(existing.startDate) };
      }
      throw new StepFunctionsApiError('ExecutionAlreadyExists', `Execution Already Exists: '${executionArn}'`);
    }
    const record: ExecutionRecord = {
      executionArn,
      stateMachineArn,
      name,
      input,
      status: 'RUNNING',
      startDate: new Date().toISOString(),
    };
    this.store.put(record);
    this.launch(record);
    this.options.onEvent?.({ type: 'started', execution: record });
    return { executionArn, startDate: new Date(record.startDate) };
  }

  stopExecution(request: { executionArn: string; error?: string; cause?: string }): { stopDate: Date } {
    const record = this.describeExecution(request.executionArn);
    if (record.status !== 'RUNNING') return { stopDate: new Date(record.stopDate ?? Date.now()) };
    const run = this.runs.get(record.executionArn);
    if (run) {
      run.interrupted = true;
      run.abort();
    }
    const stopped = this.finish(record, 'ABORTED', { error: request.error, cause: request.cause });
    return { stopDate: new Date(stopped.stopDate ?? Date.now()) };
  }

  describeExecution(executionArn: string): ExecutionRecord {
    const record = this.store.get(executionArn);
    if (!record) throw new StepFunctionsApiError('ExecutionDoesNotExist', `Execution Does Not Exist: '${executionArn}'`);
    return record;
  }

  listExecutions(): ExecutionRecord[] {
    return this.store.all();
  }

  /** Runs every execution left RUNNING by an earlier process again from the top. */
  resumeRunning(): ExecutionRecord[] {
    const resumed: ExecutionRecord[] = [];
    for (const record of this.store.all()) {
      if (record.status !== 'RUNNING' || this.runs.has(record.executionArn)) continue;
      // A machine that is no longer defined keeps its executions RUNNING, for when it is back.
      if (!this.machines.has(record.stateMachineArn)) continue;
      const again = { ...record, resumedCount: (record.resumedCount ?? 0) + 1 };
      this.store.put(again);
      this.launch(again);
      this.options.onEvent?.({ type: 'resumed', execution: again });
      resumed.push(again);
    }
    return resumed;
  }

  /** Resolves with the execution once its current run has ended (at once if none runs). */
  async settled(executionArn: string): Promise<ExecutionRecord> {
    await this.runs.get(executionArn)?.ended;
    return this.describeExecution(executionArn);
  }

  /** Stops every run without recording an end: they are still RUNNING for the next start. */
  async close(): Promise<void> {
    this.closed = true;
    const runs = [...this.runs.values()];
    for (const run of runs) {
      run.interrupted = true;
      run.abort();
    }
    await Promise.all(runs.map((run) => run.ended));
  }

  private launch(record: ExecutionRecord): void {
    if (this.closed) return;
    const registered = this.machines.get(record.stateMachineArn);
    if (!registered) return;
    const { executionArn, stateMachineArn, name } = record;
    const taskResourceLocalHandlers = Object.fromEntries(
      [...registered.tasks].map(([stateName, resource]) => [
        stateName,
        (input: JsonValue) => this.options.invokeTask({ stateMachineArn, executionArn, stateName, resource, input }),
      ]),
    );
    const execution = registered.machine.run(JSON.parse(record.input) as JsonValue, {
      overrides: { taskResourceLocalHandlers },
      noThrowOnAbort: true,
      context: {
        Execution: { Id: executionArn, Name: name },
        StateMachine: { Id: stateMachineArn, Name: stateMachineArn.split(':').pop() },
      },
    });
    const run: Run = { abort: execution.abort, interrupted: false, ended: Promise.resolve() };
    run.ended = execution.result.then(
      (output) => {
        if (!run.interrupted) this.finish(record, 'SUCCEEDED', { output: JSON.stringify(output) });
      },
      (error: unknown) => {
        if (!run.interrupted) this.finish(record, ...failure(error));
      },
    );
    void run.ended.finally(() => {
      if (this.runs.get(executionArn) === run) this.runs.delete(executionArn);
    });
    this.runs.set(executionArn, run);
  }

  private finish(
    record: ExecutionRecord,
    status: ExecutionStatus,
    details: { output?: string; error?: string; cause?: string },
  ): ExecutionRecord {
    const ended: ExecutionRecord = { ...record, ...details, status, stopDate: new Date().toISOString() };
    if (!this.closed) this.store.put(ended);
    this.options.onEvent?.({ type: 'ended', execution: ended });
    return ended;
  }
}

function validateInput(input: string): void {
  if (Buffer.byteLength(input, 'utf8') > MAX_INPUT_BYTES) {
    throw new StepFunctionsApiError('InvalidExecutionInput', `Input is larger than ${MAX_INPUT_BYTES} bytes`);
  }
  try {
    JSON.parse(input);
  } catch {
    throw new StepFunctionsApiError('InvalidExecutionInput', 'Invalid State Machine Execution Input: not JSON');
  }
}

function failure(error: unknown): [ExecutionStatus, { error: string; cause: string }] {
  if (error instanceof ExecutionTimeoutError) {
    return ['TIMED_OUT', { error: 'States.Timeout', cause: 'The execution ran longer than its TimeoutSeconds' }];
  }
  const reason = error instanceof ExecutionError && error.cause instanceof Error ? error.cause : error;
  return reason instanceof Error
    ? ['FAILED', { error: reason.name, cause: reason.message }]
    : ['FAILED', { error: 'Error', cause: String(reason) }];
}

type StatesOf = Pick<StateMachineDefinition, 'States'>;

function taskStates(definition: StatesOf, found = new Map<string, string>()): Map<string, string> {
  for (const [name, state] of Object.entries(definition.States)) {
    if (state.Type === 'Task') found.set(name, state.Resource);
    if (state.Type === 'Parallel') state.Branches.forEach((branch) => taskStates(branch, found));
    if (state.Type === 'Map') {
      const processor = state.ItemProcessor ?? state.Iterator;
      if (processor) taskStates(processor, found);
    }
  }
  return found;
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  DescribeExecutionCommand,
  ExecutionAlreadyExists,
  ExecutionDoesNotExist,
  SFNClient,
  StartExecutionCommand,
  StateMachineDoesNotExist,
  StopExecutionCommand,
} from '@aws-sdk/client-sfn';
import type { StateMachineDefinition } from 'aws-local-stepfunctions';
import { afterEach, describe, expect, it } from 'vitest';
import type { JsonValue } from '../../local/json';
import { lambdaTaskInvoker } from '../../local/lambda-task';
import { LocalStepFunctions } from '../../local/step-functions-engine';
import { startStepFunctionsEndpoint, type StepFunctionsEndpoint } from '../../local/step-functions-endpoint';
import { readExecutionLog } from '../../local/execution-store';

const STATE_MACHINE_ARN = 'arn:aws:states:eu-west-2:000000000000:stateMachine:parent';
const FUNCTION_ARN = 'arn:aws:lambda:eu-west-2:123456789012:function:ClockStep';

/** Open (LambdaInvoke, wrapped result) → wait until `wakeAt` → Check (payload-only form). */
const definition: StateMachineDefinition = {
  StartAt: 'Open',
  States: {
    Open: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Parameters: { FunctionName: FUNCTION_ARN, 'Payload.$': '$' },
      ResultSelector: { 'clock.$': '$.Payload' },
      ResultPath: '$.opened',
      Next: 'WaitUntilWake',
    },
    WaitUntilWake: { Type: 'Wait', TimestampPath: '$.wakeAt', Next: 'Check' },
    Check: { Type: 'Task', Resource: FUNCTION_ARN, End: true },
  },
};

interface Call {
  step: string;
  event: JsonValue;
}

/** The in-process "Lambda": records each call; fails when the input asks it to. */
function fakeClockStep(calls: Call[]) {
  return lambdaTaskInvoker((functionName) =>
    functionName === FUNCTION_ARN
      ? async (event) => {
          const input = event as { opened?: unknown; fail?: boolean };
          const step = input.opened ? 'check' : 'open';
          calls.push({ step, event });
          if (input.fail) throw new TypeError('the clock is broken');
          return { step, at: new Date(0) };
        }
      : undefined,
  );
}

const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString().replace(/\.\d+Z$/, 'Z');

const clientFor = (url: string) =>
  new SFNClient({
    endpoint: url,
    region: 'eu-west-2',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });

describe('Class: LocalStepFunctions behind startStepFunctionsEndpoint', () => {
  const cleanups: (() => Promise<void> | void)[] = [];

  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function serve(options: { storeFile?: string; calls?: Call[] } = {}) {
    const calls = options.calls ?? [];
    const engine = new LocalStepFunctions({
      stateMachines: { [STATE_MACHINE_ARN]: definition },
      invokeTask: fakeClockStep(calls),
      storeFile: options.storeFile,
    });
    const endpoint: StepFunctionsEndpoint = await startStepFunctionsEndpoint({ engine, port: 0 });
    const client = clientFor(endpoint.url);
    cleanups.push(
      () => engine.close(),
      () => endpoint.stop(),
      () => client.destroy(),
    );
    return { engine, endpoint, client, calls };
  }

  it('starts an execution that calls the handlers in-process and succeeds', async () => {
    // Prepare
    const { engine, client, calls } = await serve();
    const input = JSON.stringify({ complaintId: 'c1', wakeAt: inSeconds(-1) });

    // Act
    const started = await client.send(
      new StartExecutionCommand({ stateMachineArn: STATE_MACHINE_ARN, name: 'c1-P1', input }),
    );
    await engine.settled(started.executionArn!);
    const described = await client.send(new DescribeExecutionCommand({ executionArn: started.executionArn }));

    // Assess
    expect(started.executionArn).toBe('arn:aws:states:eu-west-2:000000000000:execution:parent:c1-P1');
    expect(started.startDate).toBeInstanceOf(Date);
    expect(calls.map((call) => call.step)).toEqual(['open', 'check']);
    // The LambdaInvoke form got the Payload; the payload-only form got the whole state input.
    expect(calls[0]?.event).toEqual(JSON.parse(input));
    expect(calls[1]?.event).toMatchObject({ opened: { clock: { step: 'open', at: '1970-01-01T00:00:00.000Z' } } });
    expect(described).toMatchObject({ status: 'SUCCEEDED', name: 'c1-P1', input, stateMachineArn: STATE_MACHINE_ARN });
    expect(JSON.parse(described.output!)).toEqual({ step: 'check', at: '1970-01-01T00:00:00.000Z' });
    expect(described.stopDate!.getTime()).toBeGreaterThanOrEqual(described.startDate!.getTime());
  });

  it('answers a repeated start of a running execution with the same ARN and start date', async () => {
    // Prepare
    const { client } = await serve();
    const request = { stateMachineArn: STATE_MACHINE_ARN, name: 'c2-P1', input: JSON.stringify({ wakeAt: inSeconds(3600) }) };
    const first = await client.send(new StartExecutionCommand(request));

    // Act
    const again = await client.send(new StartExecutionCommand(request));
    const otherInput = client.send(new StartExecutionCommand({ ...request, input: '{"different":true}' }));

    // Assess
    expect(again.executionArn).toBe(first.executionArn);
    expect(again.startDate).toEqual(first.startDate);
    await expect(otherInput).rejects.toBeInstanceOf(ExecutionAlreadyExists);
  });

  it('stops a running execution: ABORTED, and no later task runs', async () => {
    // Prepare
    const { engine, client, calls } = await serve();
    // Far enough off that the stop surely comes first, even on a loaded machine (at 1 s, a
    // slow start and stop let the Wait end and the execution succeed before it was stopped).
    const wakeAt = inSeconds(3);
    const { executionArn } = await client.send(
      new StartExecutionCommand({ stateMachineArn: STATE_MACHINE_ARN, name: 'c3-P1', input: JSON.stringify({ wakeAt }) }),
    );

    // Act
    const stopped = await client.send(new StopExecutionCommand({ executionArn, cause: 'complaint closed' }));
    // Past the moment the Wait would have ended: a timer the stop left running would have run the next task.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, Date.parse(wakeAt) + 500 - Date.now())));
    const described = await client.send(new DescribeExecutionCommand({ executionArn }));

    // Assess
    expect(stopped.stopDate).toBeInstanceOf(Date);
    expect(described).toMatchObject({ status: 'ABORTED', cause: 'complaint closed' });
    expect(calls.map((call) => call.step)).toEqual(['open']);
    expect(engine.listExecutions()).toHaveLength(1);
  });

  it('records a failing task as FAILED with the error name and a Lambda-like cause', async () => {
    // Prepare
    const { engine, client } = await serve();

    // Act
    const { executionArn } = await client.send(
      new StartExecutionCommand({ stateMachineArn: STATE_MACHINE_ARN, name: 'c4-P1', input: '{"fail":true}' }),
    );
    await engine.settled(executionArn!);
    const described = await client.send(new DescribeExecutionCommand({ executionArn }));

    // Assess
    expect(described.status).toBe('FAILED');
    expect(described.error).toBe('TypeError');
    expect(JSON.parse(described.cause!)).toMatchObject({ errorType: 'TypeError', errorMessage: 'the clock is broken' });
  });

  it('maps unknown executions and state machines to the typed SDK exceptions', async () => {
    // Prepare
    const { client } = await serve();

    // Act
    const describeMissing = client.send(
      new DescribeExecutionCommand({ executionArn: 'arn:aws:states:eu-west-2:000000000000:execution:parent:nope' }),
    );
    const startUnknown = client.send(
      new StartExecutionCommand({ stateMachineArn: 'arn:aws:states:eu-west-2:000000000000:stateMachine:nope' }),
    );

    // Assess
    await expect(describeMissing).rejects.toBeInstanceOf(ExecutionDoesNotExist);
    await expect(startUnknown).rejects.toBeInstanceOf(StateMachineDoesNotExist);
  });

  it('re-runs a RUNNING execution from the top with its original input after a restart', async () => {
    // Prepare: a first process starts an execution, then goes away while it waits.
    const dir = mkdtempSync(path.join(tmpdir(), 'local-sfn-test-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const storeFile = path.join(dir, 'executions.jsonl');
    const first = await serve({ storeFile });
    const input = JSON.stringify({ complaintId: 'c5', wakeAt: inSeconds(2) });
    const { executionArn } = await first.client.send(
      new StartExecutionCommand({ stateMachineArn: STATE_MACHINE_ARN, name: 'c5-P1', input }),
    );
    await first.engine.close();
    await first.endpoint.stop();
    const onDisk = readExecutionLog(storeFile);

    // Act: a second process starts from the same file.
    const second = await serve({ storeFile });
    const resumed = second.engine.resumeRunning();
    const describedWhileWaiting = await second.client.send(new DescribeExecutionCommand({ executionArn }));
    const ended = await second.engine.settled(executionArn!);

    // Assess
    expect(onDisk).toMatchObject([{ status: 'RUNNING' }]);
    expect(resumed.map((execution) => execution.executionArn)).toEqual([executionArn]);
    expect(describedWhileWaiting.status).toBe('RUNNING');
    expect(first.calls.map((call) => call.step)).toEqual(['open']);
    expect(second.calls.map((call) => call.step)).toEqual(['open', 'check']);
    expect(second.calls[0]?.event).toEqual(JSON.parse(input));
    expect(ended).toMatchObject({ status: 'SUCCEEDED', input, resumedCount: 1 });
  });

  it('refuses connections while offline and serves again when back online', async () => {
    // Prepare
    const { endpoint, client } = await serve();
    const request = { stateMachineArn: STATE_MACHINE_ARN, name: 'c6-P1', input: JSON.stringify({ wakeAt: inSeconds(3600) }) };

    // Act
    await endpoint.goOffline();
    const whileOffline = client.send(new StartExecutionCommand(request));
    await expect(whileOffline).rejects.toThrow(/ECONNREFUSED/);
    await endpoint.goOnline();
    const afterwards = await client.send(new StartExecutionCommand(request));

    // Assess
    expect(afterwards.executionArn).toMatch(/:c6-P1$/);
  });
});

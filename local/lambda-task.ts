/**
 * What the Lambda service does for a Task state, done in-process: call the handler and shape
 * the answer as Step Functions would receive it. The form is read from the state's Resource:
 *
 * - `arn:aws:states:::lambda:invoke` (CDK's LambdaInvoke): the resolved Parameters are
 *   `{ FunctionName, Payload }`, and the result is wrapped as `{ Payload, StatusCode, ... }`.
 * - a function ARN (LambdaInvoke with `payloadResponseOnly`): the state's input is the event,
 *   and the result is the handler's return value itself.
 *
 * Values cross a JSON boundary both ways, as they do in AWS. An error is rethrown with the
 * handler's error name and a Lambda-like cause, so Retry/Catch match as they would in AWS.
 */
import { throughJson, type JsonValue } from './json';
import type { TaskCall, TaskInvoker } from './step-functions-engine';

export type LambdaFunction = (event: JsonValue) => Promise<unknown>;

/** Finds the function for a FunctionName (an ARN or name as the ASL gives it). */
export type FunctionResolver = (functionName: string) => LambdaFunction | undefined;

const LAMBDA_INVOKE = 'arn:aws:states:::lambda:invoke';
const FUNCTION_ARN = /^arn:aws[a-z-]*:lambda:[^:]+:\d{12}:function:[^:]+(:[^:]+)?$/;

export function lambdaTaskInvoker(resolve: FunctionResolver): TaskInvoker {
  return async (call: TaskCall) => {
    if (call.resource === LAMBDA_INVOKE) {
      const parameters = call.input as { FunctionName?: unknown; Payload?: JsonValue } | null;
      const functionName = typeof parameters?.FunctionName === 'string' ? parameters.FunctionName : '';
      const payload = await invoke(resolve, functionName, parameters?.Payload ?? {}, call.stateName);
      return { ExecutedVersion: '$LATEST', Payload: payload, StatusCode: 200 };
    }
    if (FUNCTION_ARN.test(call.resource)) {
      return invoke(resolve, call.resource, call.input, call.stateName);
    }
    throw new Error(`Task ${call.stateName}: the resource ${call.resource} is not run locally`);
  };
}

async function invoke(resolve: FunctionResolver, functionName: string, event: JsonValue, stateName: string) {
  const handler = resolve(functionName);
  if (!handler) throw new Error(`Task ${stateName}: no local handler for the function ${functionName || '(none)'}`);
  let result: unknown;
  try {
    result = await handler(throughJson(event));
  } catch (error) {
    throw asLambdaError(error);
  }
  return throughJson(result);
}

function asLambdaError(error: unknown): Error {
  const original = error instanceof Error ? error : new Error(String(error));
  const lambdaError = new Error(
    JSON.stringify({ errorType: original.name, errorMessage: original.message, trace: original.stack?.split('\n') ?? [] }),
    { cause: original },
  );
  lambdaError.name = original.name;
  return lambdaError;
}

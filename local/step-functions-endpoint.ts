/**
 * The HTTP face of the local Step Functions: the AWS JSON 1.0 protocol for the calls our
 * Lambdas make (StartExecution, StopExecution, DescribeExecution), so that the real SFNClient,
 * pointed here by AWS_ENDPOINT_URL_SFN, works unchanged. Errors carry `__type`, which the SDK
 * maps to its typed exceptions (ExecutionAlreadyExists, ExecutionDoesNotExist, ...).
 *
 * `goOffline()` closes the port, so calls fail as they would if Step Functions were
 * unreachable; executions keep running. `goOnline()` opens the same port again.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { closeServer, listen, readBody } from './http';
import type { ExecutionRecord, LocalStepFunctions } from './step-functions-engine';
import { StepFunctionsApiError } from './step-functions-error';

export interface StepFunctionsEndpointOptions {
  engine: LocalStepFunctions;
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
}

export interface StepFunctionsEndpoint {
  url: string;
  port: number;
  goOffline(): Promise<void>;
  goOnline(): Promise<void>;
  stop(): Promise<void>;
}

const TARGET_PREFIX = 'AWSStepFunctions.';
const ERROR_NAMESPACE = 'com.amazonaws.sfn#';
const MAX_REQUEST_BYTES = 1024 * 1024;

type Operation = (engine: LocalStepFunctions, request: Record<string, unknown>) => object;

const OPERATIONS: Record<string, Operation> = {
  StartExecution: (engine, request) => {
    const { executionArn, startDate } = engine.startExecution({
      stateMachineArn: requiredString(request, 'stateMachineArn'),
      name: optionalString(request, 'name'),
      input: optionalString(request, 'input'),
    });
    return { executionArn, startDate: epochSeconds(startDate) };
  },
  StopExecution: (engine, request) => {
    const { stopDate } = engine.stopExecution({
      executionArn: requiredString(request, 'executionArn'),
      error: optionalString(request, 'error'),
      cause: optionalString(request, 'cause'),
    });
    return { stopDate: epochSeconds(stopDate) };
  },
  DescribeExecution: (engine, request) => describe(engine.describeExecution(requiredString(request, 'executionArn'))),
};

export async function startStepFunctionsEndpoint(options: StepFunctionsEndpointOptions): Promise<StepFunctionsEndpoint> {
  const host = options.host ?? '127.0.0.1';
  const server = createServer((request, response) => void handle(options.engine, request, response));
  const port = await listen(server, options.port ?? 0, host);
  let online = true;
  return {
    url: `http://${host}:${port}`,
    port,
    goOffline: async () => {
      if (!online) return;
      online = false;
      await closeServer(server);
    },
    goOnline: async () => {
      if (online) return;
      await listen(server, port, host);
      online = true;
    },
    stop: async () => {
      if (!online) return;
      online = false;
      await closeServer(server);
    },
  };
}

async function handle(engine: LocalStepFunctions, request: IncomingMessage, response: ServerResponse) {
  try {
    const target = String(request.headers['x-amz-target'] ?? '');
    const operation = target.startsWith(TARGET_PREFIX) ? OPERATIONS[target.slice(TARGET_PREFIX.length)] : undefined;
    if (request.method !== 'POST' || !operation) {
      throw new StepFunctionsApiError('UnknownOperationException', `Not supported locally: ${target || request.method}`);
    }
    const body = await readBody(request, MAX_REQUEST_BYTES);
    if (body === undefined) throw new StepFunctionsApiError('ValidationException', 'Request too large');
    send(response, 200, operation(engine, parseObject(body)));
  } catch (error) {
    if (error instanceof StepFunctionsApiError) {
      send(response, 400, { __type: `${ERROR_NAMESPACE}${error.type}`, message: error.message });
    } else {
      send(response, 500, { __type: `${ERROR_NAMESPACE}InternalFailure`, message: String(error) });
    }
  }
}

function send(response: ServerResponse, status: number, body: object) {
  response.writeHead(status, {
    'content-type': 'application/x-amz-json-1.0',
    'x-amzn-requestid': randomUUID(),
  });
  response.end(JSON.stringify(body));
}

function describe(record: ExecutionRecord) {
  return {
    executionArn: record.executionArn,
    stateMachineArn: record.stateMachineArn,
    name: record.name,
    status: record.status,
    startDate: epochSeconds(new Date(record.startDate)),
    stopDate: record.stopDate ? epochSeconds(new Date(record.stopDate)) : undefined,
    input: record.input,
    inputDetails: { included: true },
    output: record.output,
    outputDetails: record.output === undefined ? undefined : { included: true },
    error: record.error,
    cause: record.cause,
  };
}

/** The JSON protocols send timestamps as epoch seconds. */
const epochSeconds = (date: Date) => date.getTime() / 1000;

function parseObject(body: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(body || '{}');
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // reported below
  }
  throw new StepFunctionsApiError('ValidationException', 'The request body is not a JSON object');
}

function requiredString(request: Record<string, unknown>, field: string): string {
  const value = optionalString(request, field);
  if (value === undefined) throw new StepFunctionsApiError('ValidationException', `${field} is required`);
  return value;
}

function optionalString(request: Record<string, unknown>, field: string): string | undefined {
  const value = request[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new StepFunctionsApiError('ValidationException', `${field} must be a string`);
  return value;
}


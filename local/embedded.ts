/**
 * The embedded default: the whole backend on one machine, with no AWS account. The same
 * handlers, the same synthesized definitions (table, state machines) and the same SDK clients
 * as in AWS; the handlers find the emulators only through AWS_ENDPOINT_URL_* and the rest of
 * their usual environment, so they have no local branches.
 *
 *   DynamoDB Local ─┐                      ┌─ API + web (HTTP API v2 events → handlers)
 *   SES emulator ───┼── handlers in-process ┼─ Step Functions endpoint (ASL → clock-step)
 *   Secrets (key) ──┘                      └─ outbox sweeper on an interval
 */
import path from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { functionConfig, functionStaff, type OrganisationConfig } from '../lib/config/organisation';
import { TRACKS, type Track } from '../lambdas/domain/procedure';
import { BACKGROUND_FUNCTIONS, ROUTES } from '../lambdas/handlers/functions';
import './polyfills';
import { startApiServer, type Authorize } from './api-server';
import { aslFromTemplate, LOCAL_ACCOUNT, LOCAL_REGION } from './asl-from-template';
import { lockDataDir } from './data-dir-lock';
import { DEFAULT_DATA_DIR, DEFAULT_WEB_ROOT } from './paths';
import { startDynamoDbLocal, type DynamoDbLocal } from './dynamodb-local';
import { findFreePort } from './free-port';
import { handlerModuleLoader, type HandlerModuleLoader } from './handler-modules';
import type { JsonValue } from './json';
import { lambdaContext } from './lambda-context';
import { lambdaTaskInvoker, type LambdaFunction } from './lambda-task';
import { bearerToken, createLocalAuth, type LocalAuth } from './local-auth';
import { DynamoDbDirectoryRepository } from '../lambdas/adapters/dynamodb/directory-repository';
import { directorySnapshot, seedFrom, type DirectorySnapshot } from '../lambdas/domain/staff-directory';
import { ensureSeeded } from '../lambdas/use-cases/current-directory';
import { installLongTimers } from './long-timers';
import { startSecretsEndpoint } from './secrets-endpoint';
import { startSesLocal, type SesLocal } from './ses-local';
import { LocalStepFunctions } from './step-functions-engine';
import { startStepFunctionsEndpoint, type StepFunctionsEndpoint } from './step-functions-endpoint';
import { startSweeper, type Sweeper } from './sweeper';
import { synthesizeTemplate } from './synthesize';
import { createTableInputFromTemplate, ensureTable, LOCAL_TABLE_NAME } from './table';

export interface EmbeddedOptions {
  config: OrganisationConfig;
  /** Where data survives restarts (default `.data/` in the checkout). Ignored when `inMemory`. */
  dataDir?: string;
  /** Nothing kept: DynamoDB in memory, executions and emails in memory. For tests. */
  inMemory?: boolean;
  /** The API and web server; 0 picks a free port. */
  port?: number;
  sesPort?: number;
  sfnPort?: number;
  dynamoDbPort?: number;
  /** Seconds in a day, to watch clocks run in minutes; real days when absent. */
  daySeconds?: number;
  /** How often the outbox sweeper runs (default 2 s); it also runs after every request and clock step. */
  sweepIntervalMs?: number;
  /** The outbox's retry policy (the handlers' OUTBOX_* settings); AWS's defaults when absent. */
  outboxRetry?: { maxAttempts?: number; baseDelaySeconds?: number; maxDelaySeconds?: number };
  /** Requests per minute per address on the complainant's routes (the API server's default when absent). */
  complainantRequestsPerMinute?: number;
  /** The built web pages (default web/dist). */
  webRoot?: string;
  /** Diagnostics, one line at a time (start.ts writes them to stderr). */
  log?: (line: string) => void;
}

export interface Embedded {
  apiUrl: string;
  webUrl: string;
  inboxUrl: string;
  dynamoDbEndpoint: string;
  stepFunctionsUrl: string;
  stateMachineArns: Readonly<Record<Track, string>>;
  /** For tests: the executions, and a way to wait for one to end. */
  stepFunctions: LocalStepFunctions;
  /** For tests of "Step Functions down": goOffline() / goOnline(). */
  stepFunctionsEndpoint: StepFunctionsEndpoint;
  /** For tests of "SES down" and "SES hanging". */
  ses: Pick<SesLocal, 'setMode'>;
  /** For tests of "DynamoDB down": stops DynamoDB Local, and starts it again on the same port and data. */
  dynamoDb: { stop(): Promise<void>; start(): Promise<void> };
  sweepNow(): Promise<void>;
  /** A staff member's bearer token for the console's API calls. */
  signIn(staffId: string): Promise<string | undefined>;
  timings: { dynamoDbMs: number; synthMs: number; readyMs: number };
  stop(): Promise<void>;
}

const FORM_TOKEN_SECRET_NAME = 'form-token-key';

export const stateMachineArn = (track: Track) => `arn:aws:states:${LOCAL_REGION}:${LOCAL_ACCOUNT}:stateMachine:${track}`;

export async function startEmbedded(options: EmbeddedOptions): Promise<Embedded> {
  const startedAt = performance.now();
  const log = options.log ?? (() => {});
  const stops: (() => Promise<void> | void)[] = [];
  const stopAll = async () => {
    for (const stop of stops.splice(0).reverse()) {
      try {
        await stop();
      } catch (error) {
        log(`While stopping: ${String(error)}`);
      }
    }
  };

  try {
    // Before anything can set a timer: a statutory wait is weeks long.
    stops.push(installLongTimers());
    const dataDir = options.inMemory ? undefined : path.resolve(options.dataDir ?? DEFAULT_DATA_DIR);
    if (dataDir) stops.push(lockDataDir(dataDir));

    // Java boots in its own process while this one synthesizes the CDK app. Given a port,
    // startDynamoDbLocal spawns java before it first yields, so the synth overlaps the boot.
    const dynamoOptions = {
      port: options.dynamoDbPort || (await findFreePort()),
      dataDir: dataDir && path.join(dataDir, 'dynamodb'),
    };
    let dynamoStarting = startDynamoDbLocal(dynamoOptions);
    stops.push(() => stopWhenStarted(dynamoStarting));
    const synthStart = performance.now();
    const template = synthesizeTemplate(options.config);
    const synthMs = Math.round(performance.now() - synthStart);
    const tableDefinition = createTableInputFromTemplate(template, LOCAL_TABLE_NAME);
    const asl = aslFromTemplate(template);
    const dynamo = await dynamoStarting;
    log(`DynamoDB Local: ${dynamo.endpoint} (up in ${dynamo.startupMs} ms${dynamo.journal ? `, write-ahead log: ${dynamo.journal}` : ''}); CDK synth ${synthMs} ms`);

    const dynamoClient = new DynamoDBClient({
      endpoint: dynamo.endpoint,
      region: LOCAL_REGION,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    log(`Table ${LOCAL_TABLE_NAME}: ${await ensureTable(dynamoClient, tableDefinition)}`);
    // The first `npm start` stores the configuration's staff directory; after that it is data
    // that administrators change in the console, and the configuration no longer overrides it.
    const directories = new DynamoDbDirectoryRepository(dynamoClient, LOCAL_TABLE_NAME);
    const seed = seedFrom(options.config);
    const systemClock = { now: () => new Date() };
    const directory = await ensureSeeded(directories, seed, systemClock);
    log(`Staff directory: ${directory.data.members.filter((m) => m.active).length} active members, ${directory.data.settings.length} settings`);
    stops.push(() => dynamoClient.destroy());
    const currentDirectory = async () => directorySnapshot(options.config.name, (await directories.load())?.data ?? seed);
    const currentMembers = async () => (await currentDirectory()).members;

    const ses = await startSesLocal({
      port: options.sesPort ?? 0,
      storeFile: dataDir && path.join(dataDir, 'inbox.jsonl'),
    });
    stops.push(ses.stop);

    // The sweeper plays the table stream's part: whatever a request or a clock step wrote to
    // the outbox is carried out right after it, without the caller waiting (set below).
    let nudgeSweeper = () => {};
    const loadHandler = nudgingAfterEachCall(handlerModuleLoader(), () => nudgeSweeper());
    const stateMachineArns = Object.fromEntries(TRACKS.map((track) => [track, stateMachineArn(track)])) as Record<Track, string>;
    const stepFunctions = new LocalStepFunctions({
      stateMachines: Object.fromEntries(TRACKS.map((track) => [stateMachineArns[track], asl[track]])),
      invokeTask: lambdaTaskInvoker((functionName) => backgroundFunction(functionName, loadHandler)),
      storeFile: dataDir && path.join(dataDir, 'executions.jsonl'),
      onEvent: (event) =>
        event.type !== 'started' &&
        log(`Execution ${event.execution.name}: ${event.type === 'resumed' ? 'resumed' : event.execution.status}`),
    });
    stops.push(() => stepFunctions.close());
    const stepFunctionsEndpoint = await startStepFunctionsEndpoint({ engine: stepFunctions, port: options.sfnPort ?? 0 });
    stops.push(stepFunctionsEndpoint.stop);

    const secrets = await startSecretsEndpoint([FORM_TOKEN_SECRET_NAME]);
    stops.push(secrets.stop);

    const auth = await createLocalAuth(currentMembers, 'http://127.0.0.1/local-auth');
    const api = await startApiServer({
      routes: ROUTES,
      loadHandler,
      port: options.port ?? 3000,
      authorize: staffOnly((token) => auth.verify(token)),
      webRoot: options.webRoot ?? DEFAULT_WEB_ROOT,
      inboxUrl: ses.url,
      onError: (error, { route }) => log(`Handler ${route?.handler ?? '?'} failed: ${String(error)}`),
      localEndpoints: localSignInEndpoints(currentDirectory, auth),
      ...(options.complainantRequestsPerMinute ? { complainantRequestsPerMinute: options.complainantRequestsPerMinute } : {}),
    });
    stops.push(api.stop);

    // No handler module has been imported yet, and none can be before this runs: the API
    // answers its first request only after this synchronous step, and no execution has
    // been resumed yet. The SDK clients read these when the handlers create them.
    setHandlerEnvironment({
      AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
      AWS_ENDPOINT_URL_SES: ses.url,
      AWS_ENDPOINT_URL_SFN: stepFunctionsEndpoint.url,
      AWS_ENDPOINT_URL_SECRETS_MANAGER: secrets.url,
      FORM_TOKEN_SECRET_ARN: secrets.arns[FORM_TOKEN_SECRET_NAME],
      TABLE_NAME: LOCAL_TABLE_NAME,
      PARENT_STATE_MACHINE_ARN: stateMachineArns.parent,
      AGENCY_STATE_MACHINE_ARN: stateMachineArns.agency,
      ORG_CONFIG: JSON.stringify(functionConfig(options.config)),
      ORG_STAFF: JSON.stringify(functionStaff(options.config)),
      ...(options.outboxRetry?.maxAttempts ? { OUTBOX_MAX_ATTEMPTS: String(options.outboxRetry.maxAttempts) } : {}),
      ...(options.outboxRetry?.baseDelaySeconds ? { OUTBOX_RETRY_BASE_SECONDS: String(options.outboxRetry.baseDelaySeconds) } : {}),
      ...(options.outboxRetry?.maxDelaySeconds ? { OUTBOX_RETRY_MAX_SECONDS: String(options.outboxRetry.maxDelaySeconds) } : {}),
      DAY_SECONDS: options.daySeconds === undefined ? undefined : String(options.daySeconds),
      PUBLIC_BASE_URL: api.url,
    });

    const resumed = stepFunctions.resumeRunning();
    if (resumed.length > 0) log(`Resumed ${resumed.length} running execution(s) from the top`);
    const { outboxSweeper } = BACKGROUND_FUNCTIONS;
    const sweepHandler = handlerModuleLoader();
    const sweeper: Sweeper = startSweeper(
      async () => {
        // A full page means more is due: sweep on until it is not (10,000 submissions at once).
        for (;;) {
          const outcome = (await (await sweepHandler(outboxSweeper.handler))({}, lambdaContext(outboxSweeper.name))) as SweepOutcome;
          const acted = outcome.done + outcome.failed + outcome.parked;
          if (acted === 0 || acted + outcome.skipped < SWEEP_PAGE) return;
        }
      },
      options.sweepIntervalMs ?? 2_000,
      (error) => log(`Outbox sweep failed: ${String(error)}`),
    );
    stops.push(sweeper.stop);
    nudgeSweeper = sweeper.nudge;

    return {
      apiUrl: api.apiUrl,
      webUrl: api.url,
      inboxUrl: ses.url,
      dynamoDbEndpoint: dynamo.endpoint,
      stepFunctionsUrl: stepFunctionsEndpoint.url,
      stateMachineArns,
      stepFunctions,
      stepFunctionsEndpoint,
      ses: { setMode: ses.setMode },
      dynamoDb: {
        stop: () => stopWhenStarted(dynamoStarting),
        start: async () => {
          dynamoStarting = startDynamoDbLocal(dynamoOptions);
          await dynamoStarting;
        },
      },
      sweepNow: sweeper.sweepNow,
      signIn: (staffId) => auth.signIn(staffId),
      timings: { dynamoDbMs: dynamo.startupMs, synthMs, readyMs: Math.round(performance.now() - startedAt) },
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

/** What the sweeper handler answers (sweep-outbox.handler.ts); a full page is its limit. */
interface SweepOutcome {
  done: number;
  failed: number;
  parked: number;
  skipped: number;
}
const SWEEP_PAGE = 100;

/** Calls `after` once each handler call has ended, without delaying its answer. */
function nudgingAfterEachCall(load: HandlerModuleLoader, after: () => void): HandlerModuleLoader {
  return async (stem) => {
    const handler = await load(stem);
    return async (event, context) => {
      try {
        return await handler(event, context);
      } finally {
        setImmediate(after);
      }
    };
  };
}

/** Stops DynamoDB Local once it is up (or at once, if it failed to start). */
async function stopWhenStarted(starting: Promise<DynamoDbLocal>): Promise<void> {
  const dynamo = await starting.catch(() => undefined);
  await dynamo?.stop();
}

/** The environment a deployed function has, pointed at the emulators. */
function setHandlerEnvironment(values: Record<string, string | undefined>): void {
  Object.assign(process.env, {
    AWS_REGION: LOCAL_REGION,
    AWS_DEFAULT_REGION: LOCAL_REGION,
    // Dummy credentials: the emulators want a signature, never a real key.
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  });
  delete process.env.AWS_SESSION_TOKEN;
  delete process.env.AWS_PROFILE;
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
}

/**
 * The function a state machine's Task calls. The ASL names it by its logical id (see
 * asl-from-template.ts), which starts with its construct id, the `name` in functions.ts.
 */
function backgroundFunction(functionArn: string, loadHandler: HandlerModuleLoader): LambdaFunction | undefined {
  const logicalId = /:function:([^:]+)/.exec(functionArn)?.[1] ?? '';
  const definition = Object.values(BACKGROUND_FUNCTIONS).find((fn) => logicalId.startsWith(fn.name));
  if (!definition) return undefined;
  return async (event: JsonValue) => (await loadHandler(definition.handler))(event, lambdaContext(definition.name));
}

/**
 * The embedded default's stand-in for Cognito's sign-in pages: pick a member of the
 * organisation's staff and get an ID token with the claims Cognito would give them.
 * It exists only here; in AWS staff sign in through Cognito, with MFA.
 */
function localSignInEndpoints(currentDirectory: () => Promise<DirectorySnapshot>, auth: LocalAuth) {
  const reply = (statusCode: number, body: unknown) => ({
    statusCode,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
    body: Buffer.from(JSON.stringify(body)),
  });
  return {
    'GET /auth/local/staff': async () => {
      const { members, settings } = await currentDirectory();
      return reply(200, {
        staff: members.map((member) => ({ id: member.id, name: member.name, roles: member.roles, settings: member.settings })),
        // The sign-in list names each person's settings as the directory names them now.
        settings: settings.map(({ id, name }) => ({ id, name })),
      });
    },
    'POST /auth/local/sign-in': async (body: string) => {
      let staffId: unknown;
      try {
        staffId = (JSON.parse(body) as { staffId?: unknown }).staffId;
      } catch {
        return reply(400, { message: 'Invalid request', errors: [{ field: 'body', message: 'is not valid JSON' }] });
      }
      const idToken = typeof staffId === 'string' ? await auth.signIn(staffId) : undefined;
      if (!idToken) return reply(400, { message: 'Invalid request', errors: [{ field: 'staffId', message: 'is not a member of staff' }] });
      return reply(200, { idToken, tokenType: 'Bearer', expiresIn: 3600 });
    },
  };
}

/** Staff routes need a valid token, as the JWT authorizer demands in AWS; others need none. */
function staffOnly(verify: (token: string) => Promise<Record<string, string | number | boolean> | undefined>): Authorize {
  return async ({ route, headers }) => {
    if (route.access !== 'staff') return undefined;
    const token = bearerToken(headers.authorization);
    const claims = token ? await verify(token) : undefined;
    return claims ? { claims } : 'unauthorized';
  };
}

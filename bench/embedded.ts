/**
 * The embedded default (`npm start`, here its runtime `node --import tsx local/start.ts`, the
 * `prestart` page build left out): time to `ready` on a fresh data folder and on a warm one,
 * resident memory (the Node process and DynamoDB Local's java together) with 0 and with
 * 10,000 complaints stored, and intake over HTTP (POST /api/complaints/parent at a fixed
 * concurrency) in memory, persisted and empty, and persisted with 10,000 complaints stored.
 *
 * The 10,000 are seeded directly: the complaints into its DynamoDB Local (the items the real
 * transaction writes), and two emails and one finished execution per complaint appended to
 * its inbox and executions files, as if they had come in through the API over time.
 *
 * A round of one runtime is timed from its first request until the inbox holds the emails of
 * the complaints it took in: what a complaint sets off (two emails, a clock started, the
 * outbox marked) is its runtime's work, counted in its own round. Timing only the requests
 * would count a varying share of it: a runtime whose requests finish sooner leaves more of
 * its emails to send after them (in memory it did), and the figure would favour it. The
 * requests' own rate is shown beside it.
 *
 * Before any round each runtime takes in the same number of complaints, and each DynamoDB
 * Local the same number of raw transactions: DynamoDB Local's JVM compiles its hot paths as it
 * goes (its CPU time per complaint fell from 77 to 27 ms over the first 500 complaints), and a
 * runtime still warming up in the rounds would be measured against one that is not (the
 * stored runtime's JVM had warmed up seeding).
 *
 * Beside it, the same rounds time a complaint's ten writes, raw, on each runtime's DynamoDB
 * Local, in memory and on disk, empty and with 10,000 stored, so that what DynamoDB Local's
 * disk mode and its size cost by themselves are seen apart from what the runtime adds.
 *
 * Goal: persisted intake at least 80% of in-memory intake, and as fast at 10,000 stored as
 * at 0 (flat: at least 90%).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DynamoDBClient, PutItemCommand, TransactWriteItemsCommand, UpdateItemCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import { INDEXES } from '../lambdas/adapters/dynamodb/table-design';
import type { OrganisationConfig } from '../lib/config/organisation';
import { LOCAL_TABLE_NAME } from '../local/table';
import { timingToken } from '../tests/helpers/form-token';
import { parentSubmission } from '../tests/helpers/submissions';
import { runConcurrently } from './lib/dynamo';
import { interleave, pairedRatio, summarise, type Summary } from './lib/stats';
import { capturedItems, seed } from './record';

const PROJECT_ROOT = fileURLToPath(new URL('../', import.meta.url));
export const PERSISTED_GOAL = 0.8;
export const FLAT_GOAL = 0.9;

interface Running {
  api: string;
  inbox: string;
  dynamoDb: string;
  child: ChildProcess;
  readyMs: number;
  stop(): Promise<void>;
}

async function start(args: string[]): Promise<Running> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'local/start.ts', '--port', '0', '--ses-port', '0', ...args], {
    cwd: PROJECT_ROOT,
    // The handlers' own logs stay out of the benchmark's output.
    env: { ...process.env, LOG_LEVEL: 'SILENT', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready after 180 s:\n${stderr}`)), 180_000);
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.split('\n').includes('ready')) {
        clearTimeout(timer);
        resolve();
      }
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`exited before ready:\n${stderr}`));
    });
  });
  const readyMs = performance.now() - started;
  const line = (pattern: RegExp, text: string) => pattern.exec(text)?.[1] ?? '';
  return {
    api: line(/^API: (\S+)$/m, stdout),
    inbox: line(/^Inbox: (\S+)$/m, stdout),
    dynamoDb: line(/DynamoDB: (http\S+)/, stderr),
    child,
    readyMs,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Resident memory in MiB of a process (Node) and of every process below it (DynamoDB Local's java). */
function residentMiB(pid: number): { node: number; java: number } {
  const table = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,rss='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number, number]);
  const tree = new Set([pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [child, parent] of table) if (tree.has(parent) && !tree.has(child)) (tree.add(child), (grew = true));
  }
  const of = (keep: (p: number) => boolean) => table.filter(([p]) => tree.has(p) && keep(p)).reduce((sum, [, , rss]) => sum + rss, 0) / 1024;
  return { node: of((p) => p === pid), java: of((p) => p !== pid) };
}

/** Emails in a runtime's inbox stamped at or after `since` (epoch seconds). */
async function emailsSince(inbox: string, since: number): Promise<number> {
  return ((await (await fetch(`${inbox}/store?since=${since}`)).json()) as { emails: unknown[] }).emails.length;
}

/**
 * Runs `submissions`, then waits until the inbox holds their emails (two a complaint).
 * Resolves with the time the requests took and the time to the last email, both from the first request.
 */
async function submitAndDrain(running: Running, count: number, submissions: () => Promise<number>): Promise<{ requestsMs: number; allMs: number }> {
  const since = Math.floor(Date.now() / 1000);
  const before = await emailsSince(running.inbox, since);
  const started = performance.now();
  const requestsMs = await submissions();
  const deadline = Date.now() + 120_000;
  while ((await emailsSince(running.inbox, since)) < before + 2 * count) {
    if (Date.now() > deadline) throw new Error(`${running.inbox}: the emails of ${count} complaints were not out after 120 s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { requestsMs, allMs: performance.now() - started };
}

/**
 * Raw DynamoDB Local, a complaint's ten writes (the embedded runtime counted them): the intake's
 * transaction of nine puts, new keys each time, three of them outbox entries (in the
 * pendingOutbox index, as its two emails and its clock start are), then what carrying those out
 * writes, one after another: each entry taken (its index key moved), the status token minted
 * on an email and the token's own item put, each entry marked done (out of the index), and the
 * clock's first step. One transaction alone is one commit, and costs DynamoDB Local's disk mode
 * much less than ten small commits do.
 */
function rawWriter(endpoint: string): (index: number) => Promise<unknown> {
  const client = new DynamoDBClient({ endpoint, region: 'eu-west-2', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  const body = 'x'.repeat(600);
  const { partitionKey: outboxPk, sortKey: outboxSk } = INDEXES.pendingOutbox;
  return async (index) => {
    const pk = { S: `BENCH-RAW#${process.pid}-${index}` };
    const key = (item: number) => ({ pk, sk: { S: `ITEM#${item}` } });
    const update = (item: number, UpdateExpression: string, values?: Record<string, AttributeValue>) =>
      client.send(new UpdateItemCommand({ TableName: LOCAL_TABLE_NAME, Key: key(item), UpdateExpression, ExpressionAttributeValues: values }));
    await client.send(
      new TransactWriteItemsCommand({
        TransactItems: Array.from({ length: 9 }, (_, item) => ({
          Put: {
            TableName: LOCAL_TABLE_NAME,
            Item: { ...key(item), body: { S: body }, ...(item < 3 ? { [outboxPk]: { S: 'BENCH-RAW' }, [outboxSk]: { S: `0#${index}#${item}` } } : {}) },
          },
        })),
      }),
    );
    for (const item of [0, 1, 2]) await update(item, `SET ${outboxSk} = :sk`, { ':sk': { S: `1#${index}#${item}` } });
    await update(1, 'SET statusToken = :token', { ':token': { S: 'token' } });
    await client.send(new PutItemCommand({ TableName: LOCAL_TABLE_NAME, Item: { pk, sk: { S: 'TOKEN' }, body: { S: 'hash' } } }));
    for (const item of [0, 1, 2]) await update(item, `SET doneAt = :at REMOVE ${outboxPk}, ${outboxSk}`, { ':at': { S: 'now' } });
    await update(3, 'SET stepAt = :at', { ':at': { S: 'now' } });
  };
}

async function submit(api: string, key: string): Promise<void> {
  const { track: _track, channel: _channel, ...body } = parentSubmission();
  // An address per complaint: one address gets only so many acknowledgements a day.
  const contact = { ...body.contact, email: `${key}@example.com` };
  const response = await fetch(`${api}/complaints/parent`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify({ ...body, contact, consentToContact: true, formToken: await timingToken(api) }),
  });
  if (response.status !== 201) throw new Error(`HTTP ${response.status}: ${await response.text()}`);
}

/** 10,000 complaints stored, as if taken in over time: the table, the inbox, the executions. */
async function seedStored(running: Running, dataDir: string, config: OrganisationConfig, count: number): Promise<void> {
  const client = () => new DynamoDBClient({ endpoint: running.dynamoDb, region: 'eu-west-2', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  const template = await capturedItems(client(), LOCAL_TABLE_NAME, config);
  const seeder = client();
  await seed(seeder, LOCAL_TABLE_NAME, template, count);
  seeder.destroy();
  await submit(running.api, 'seed-template');
  // Let its emails and its clock start happen, so there is one of each to copy.
  for (let i = 0; i < 50; i += 1) {
    const emails = ((await (await fetch(`${running.inbox}/store`)).json()) as { emails: unknown[] }).emails;
    if (emails.length >= 2) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await running.stop();
  const inboxFile = path.join(dataDir, 'inbox.jsonl');
  const executionsFile = path.join(dataDir, 'executions.jsonl');
  const email = JSON.parse(readFileSync(inboxFile, 'utf8').trim().split('\n')[0]!) as Record<string, unknown>;
  const execution = JSON.parse(readFileSync(executionsFile, 'utf8').trim().split('\n')[0]!) as Record<string, string>;
  const stopDate = new Date().toISOString();
  let emails = '';
  let executions = '';
  for (let i = 0; i < count; i += 1) {
    emails += `${JSON.stringify({ ...email, messageId: `seeded-${i}-a` })}\n${JSON.stringify({ ...email, messageId: `seeded-${i}-b` })}\n`;
    executions += `${JSON.stringify({
      ...execution,
      name: `seeded-${i}`,
      executionArn: `${execution.executionArn}-seeded-${i}`,
      status: 'SUCCEEDED',
      stopDate,
    })}\n`;
  }
  appendFileSync(inboxFile, emails);
  appendFileSync(executionsFile, executions);
}

export interface EmbeddedResult {
  firstReadyMs: number;
  warmReadyMs: number;
  storedReadyMs: number;
  memoryEmptyMiB: { node: number; java: number };
  memoryStoredMiB: { node: number; java: number };
  stored: number;
  /** Complaints per second, from a round's first request until its emails are out. */
  intake: { inMemory: Summary; persistedEmpty: Summary; persistedStored: Summary };
  /** Complaints per second of the same rounds, counting only the time their requests took. */
  requests: { inMemory: Summary; persistedEmpty: Summary; persistedStored: Summary };
  /** A complaint's ten writes, raw, per second on the in-memory runtime's DynamoDB Local, the empty persisted one's and the stored one's. */
  rawDynamoDb: { inMemory: Summary; persisted: Summary; persistedStored: Summary };
  rawDynamoDbRatio: number;
  /** The same with 10,000 complaints stored against none: what DynamoDB Local's size costs by itself. */
  rawDynamoDbFlatRatio: number;
  /** These ratios are medians of each round's own ratio (see pairedRatio). */
  persistedRatio: number;
  flatRatio: number;
  requestsPersistedRatio: number;
  requestsFlatRatio: number;
  concurrency: number;
  perRound: number;
  rounds: number;
  /** Complaints each runtime took in (and raw transactions each DynamoDB Local) before the rounds. */
  warmUp: number;
}

export async function measureEmbedded(config: OrganisationConfig, options: { stored: number; rounds: number; perRound: number; concurrency: number; warmUp: number }): Promise<EmbeddedResult> {
  const dirs = [mkdtempSync(path.join(tmpdir(), 'bench-empty-')), mkdtempSync(path.join(tmpdir(), 'bench-stored-'))] as const;
  const running: Running[] = [];
  try {
    // First start (a fresh folder: the table is created), then warm (the same folder again).
    const first = await start(['--data-dir', dirs[0]]);
    await first.stop();
    const empty = await start(['--data-dir', dirs[0]]);
    running.push(empty);
    const memoryEmptyMiB = residentMiB(empty.child.pid!);

    const seeding = await start(['--data-dir', dirs[1]]);
    await seedStored(seeding, dirs[1], config, options.stored);
    const stored = await start(['--data-dir', dirs[1]]);
    running.push(stored);
    const memoryStoredMiB = residentMiB(stored.child.pid!);
    const inMemory = await start(['--in-memory']);
    running.push(inMemory);

    let sequence = 0;
    const submitAll = (runtime: Running, count: number) =>
      submitAndDrain(runtime, count, () => runConcurrently(count, options.concurrency, () => submit(runtime.api, `bench-${(sequence += 1)}`)));
    const requestRates = { inMemory: [] as number[], persistedEmpty: [] as number[], persistedStored: [] as number[] };
    const rate = (runtime: Running, name: keyof typeof requestRates) => async () => {
      const { requestsMs, allMs } = await submitAll(runtime, options.perRound);
      requestRates[name].push((options.perRound / requestsMs) * 1000);
      return (options.perRound / allMs) * 1000;
    };
    const rawRate = (write: (index: number) => Promise<unknown>) => async () =>
      (options.perRound / (await runConcurrently(options.perRound, options.concurrency, () => write((sequence += 1))))) * 1000;
    const rawInMemory = rawWriter(inMemory.dynamoDb);
    const rawPersisted = rawWriter(empty.dynamoDb);
    const rawStored = rawWriter(stored.dynamoDb);
    // The same warm-up for each, in rounds' sizes, so that no JVM is still compiling in the rounds.
    for (let done = 0; done < options.warmUp; done += options.perRound) {
      for (const each of running) await submitAll(each, options.perRound);
      for (const write of [rawInMemory, rawPersisted, rawStored]) await rawRate(write)();
    }
    const samples = await interleave(options.rounds, {
      inMemory: rate(inMemory, 'inMemory'),
      persistedEmpty: rate(empty, 'persistedEmpty'),
      persistedStored: rate(stored, 'persistedStored'),
      rawInMemory: rawRate(rawInMemory),
      rawPersisted: rawRate(rawPersisted),
      rawStored: rawRate(rawStored),
    });
    const intake = {
      inMemory: summarise(samples.inMemory),
      persistedEmpty: summarise(samples.persistedEmpty),
      persistedStored: summarise(samples.persistedStored),
    };
    const requests = {
      inMemory: summarise(requestRates.inMemory),
      persistedEmpty: summarise(requestRates.persistedEmpty),
      persistedStored: summarise(requestRates.persistedStored),
    };
    const rawDynamoDb = { inMemory: summarise(samples.rawInMemory), persisted: summarise(samples.rawPersisted), persistedStored: summarise(samples.rawStored) };
    return {
      firstReadyMs: first.readyMs,
      warmReadyMs: empty.readyMs,
      storedReadyMs: stored.readyMs,
      memoryEmptyMiB,
      memoryStoredMiB,
      stored: options.stored,
      intake,
      requests,
      rawDynamoDb,
      rawDynamoDbRatio: pairedRatio(samples.rawPersisted, samples.rawInMemory),
      rawDynamoDbFlatRatio: pairedRatio(samples.rawStored, samples.rawPersisted),
      persistedRatio: Math.min(pairedRatio(samples.persistedEmpty, samples.inMemory), pairedRatio(samples.persistedStored, samples.inMemory)),
      flatRatio: pairedRatio(samples.persistedStored, samples.persistedEmpty),
      requestsPersistedRatio: Math.min(pairedRatio(requestRates.persistedEmpty, requestRates.inMemory), pairedRatio(requestRates.persistedStored, requestRates.inMemory)),
      requestsFlatRatio: pairedRatio(requestRates.persistedStored, requestRates.persistedEmpty),
      concurrency: options.concurrency,
      perRound: options.perRound,
      rounds: options.rounds,
      warmUp: options.warmUp,
    };
  } finally {
    for (const each of running) await each.stop().catch(() => undefined);
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `npm run bench:soak`: many parent complaints into the embedded default over HTTP, then
 * counts what became of them — stored, acknowledged (exactly once), clocks running — and
 * what was lost. The client behaves as a careful one does: each complaint carries its own
 * Idempotency-Key and is sent again (with the same key) when an answer does not come back.
 *
 *   SOAK_COMPLAINTS   how many (default 10,000)
 *   SOAK_CONCURRENCY  requests in flight at once (default 8)
 *
 * Everything stays on this machine (DynamoDB Local in memory, the SES emulator, the local
 * Step Functions); it prints one JSON line of figures at the end.
 */
import './lib/quiet';
import '../local/polyfills';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { DynamoDBClient, QueryCommand } from '@aws-sdk/client-dynamodb';
import exampleOrganisation from '../config/example-organisation.json';
import { parseOrganisationConfig } from '../lib/config/organisation';
import { INDEXES } from '../lambdas/adapters/dynamodb/table-design';
import { LOCAL_REGION } from '../local/asl-from-template';
import { startEmbedded } from '../local/embedded';
import type { CapturedEmail } from '../local/ses-local';
import { LOCAL_TABLE_NAME } from '../local/table';
import { parentComplaint } from '../tests/e2e/helpers/embedded-api';
import { timingToken } from '../tests/helpers/form-token';

const COMPLAINTS = Number(process.env.SOAK_COMPLAINTS ?? 10_000);
const CONCURRENCY = Number(process.env.SOAK_CONCURRENCY ?? 8);
const SEND_ATTEMPTS = 3;
/** Waiting for the outbox to drain ends when nothing has moved (no email, no clock) for this long. */
const QUIET_MS = 60_000;

// The emulator's captured emails, read in-process: 20,000 emails are too many to fetch as one JSON page.
const emulatorStore = createRequire(import.meta.url)('aws-ses-v2-local/dist/store.js') as {
  getStoreReadonly: () => { emails: CapturedEmail[] };
};

const addressOf = (i: number) => `soak.${i}@example.com`;

async function main(): Promise<void> {
  const config = parseOrganisationConfig(exampleOrganisation);
  const embedded = await startEmbedded({ config, inMemory: true, port: 0, sesPort: 0, sweepIntervalMs: 500, log: () => undefined });
  const dynamo = new DynamoDBClient({
    endpoint: embedded.dynamoDbEndpoint,
    region: LOCAL_REGION,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  try {
    const started = performance.now();
    const accepted = new Map<number, string>();
    let resent = 0;
    let refused = 0;
    let next = 0;
    const submitOne = async (i: number) => {
      for (let attempt = 1; attempt <= SEND_ATTEMPTS; attempt += 1) {
        try {
          const reply = await fetch(`${embedded.apiUrl}/complaints/parent`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'idempotency-key': `soak-${i}` },
            body: JSON.stringify({ ...parentComplaint({ contact: { email: addressOf(i) } }), formToken: await timingToken(embedded.apiUrl) }),
          });
          const body = (await reply.json()) as { reference?: string };
          if (reply.status === 201 && body.reference) {
            accepted.set(i, body.reference);
            return;
          }
        } catch {
          // No answer: send it again with the same key, as the API asks clients to.
        }
        resent += 1;
      }
      refused += 1;
    };
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let i = next++; i < COMPLAINTS; i = next++) await submitOne(i);
      }),
    );
    const submittedMs = performance.now() - started;

    // Let the outbox drain: stop when every acknowledgement is in, or nothing moved for a minute.
    const acknowledgements = () => {
      const perAddress = new Map<string, number>();
      for (const email of emulatorStore.getStoreReadonly().emails) {
        if (!email.subject.startsWith('We have received')) continue;
        for (const to of email.destination.to) perAddress.set(to, (perAddress.get(to) ?? 0) + 1);
      }
      return perAddress;
    };
    // Progress is acknowledgements and clocks together: the outbox starts clocks before it sends emails.
    const running = () => embedded.stepFunctions.listExecutions().filter((e) => e.status === 'RUNNING').length;
    let lastProgress = -1;
    let lastMove = performance.now();
    for (;;) {
      const acknowledged = acknowledgements().size;
      if (acknowledged >= accepted.size) break;
      const progress = acknowledged + running();
      if (progress !== lastProgress) [lastProgress, lastMove] = [progress, performance.now()];
      if (performance.now() - lastMove > QUIET_MS) break;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
    const drainedMs = performance.now() - started;

    const perAddress = acknowledgements();
    const stored = await storedComplaints(dynamo, config.settings.map((s) => s.id));
    const runningNames = new Set(
      embedded.stepFunctions
        .listExecutions()
        .filter((e) => e.status === 'RUNNING')
        .map((e) => e.name),
    );
    const acceptedRefs = [...accepted.values()];
    const figures = {
      submitted: COMPLAINTS,
      accepted: accepted.size,
      refused,
      resent,
      stored,
      acknowledged: [...accepted.keys()].filter((i) => (perAddress.get(addressOf(i)) ?? 0) >= 1).length,
      acknowledgedTwice: [...perAddress.values()].filter((n) => n > 1).length,
      clocksRunning: acceptedRefs.filter((reference) => runningNames.has(`${reference}-settingManager`)).length,
      lost: accepted.size - Math.min(stored, accepted.size),
      unacknowledged: accepted.size - [...accepted.keys()].filter((i) => perAddress.has(addressOf(i))).length,
      submitSeconds: Math.round(submittedMs / 100) / 10,
      drainedSeconds: Math.round(drainedMs / 100) / 10,
      submissionsPerSecond: Math.round((accepted.size / submittedMs) * 10_000) / 10,
    };
    process.stdout.write(
      `${COMPLAINTS} submitted, ${figures.accepted} accepted (201), ${figures.stored} stored, ${figures.acknowledged} acknowledged ` +
        `(${figures.acknowledgedTwice} twice), ${figures.clocksRunning} clocks running, ${figures.lost} lost; ` +
        `taken in ${figures.submitSeconds} s, all carried out after ${figures.drainedSeconds} s\n`,
    );
    process.stdout.write(`${JSON.stringify(figures)}\n`);
    if (figures.lost > 0 || figures.unacknowledged > 0 || figures.acknowledgedTwice > 0) process.exitCode = 1;
  } finally {
    dynamo.destroy();
    await embedded.stop();
  }
}

/** Complaints in the table, counted per setting on the record's index (a Query, never a Scan). */
async function storedComplaints(client: DynamoDBClient, settingIds: string[]): Promise<number> {
  const index = INDEXES.byReceived;
  let count = 0;
  for (const settingId of settingIds) {
    let ExclusiveStartKey: QueryCommand['input']['ExclusiveStartKey'];
    do {
      const page = await client.send(
        new QueryCommand({
          TableName: LOCAL_TABLE_NAME,
          IndexName: index.name,
          KeyConditionExpression: '#pk = :pk',
          ExpressionAttributeNames: { '#pk': index.partitionKey },
          ExpressionAttributeValues: { ':pk': { S: `SETTING#${settingId}` } },
          Select: 'COUNT',
          ExclusiveStartKey,
        }),
      );
      count += page.Count ?? 0;
      ExclusiveStartKey = page.LastEvaluatedKey;
    } while (ExclusiveStartKey);
  }
  return count;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

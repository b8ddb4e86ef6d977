/**
 * `npm run bench`: where the time of taking in a complaint goes, as ratios measured side by
 * side in one run (these machines are noisy: absolute times drift from run to run, ratios
 * much less). Rounds interleave the variants so that a burst of load hits them all alike.
 *
 * - logic:  submitComplaint on in-memory fakes — routing, planning clocks, building effects.
 * - store:  the same use case on the DynamoDB adapter against DynamoDB Local — one
 *           transaction plus the outbox's claim/complete for each effect.
 * - http:   POST /api/complaints/parent to the embedded default — validation, the handler,
 *           DynamoDB, the SES emulator and the local Step Functions endpoint.
 *
 * Bounded: ROUNDS rounds (default 40), and it stops itself. Loopback only.
 */
import '../local/polyfills';
import { performance } from 'node:perf_hooks';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import exampleOrganisation from '../config/example-organisation.json';
import { parseOrganisationConfig } from '../lib/config/organisation';
import { startEmbedded } from '../local/embedded';
import { DynamoDbComplaintRepository } from '../lambdas/adapters/dynamodb/complaint-repository';
import { cryptoSecrets } from '../lambdas/adapters/secrets';
import { submitComplaint } from '../lambdas/use-cases/submit-complaint';
import type { UseCaseContext } from '../lambdas/use-cases/context';
import { testWorld } from '../tests/helpers/use-case-context';
import { parentSubmission } from '../tests/helpers/submissions';

const ROUNDS = Number(process.env.ROUNDS ?? 40);

const submission = parentSubmission();

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

async function main(): Promise<void> {
  const config = parseOrganisationConfig(exampleOrganisation);
  const embedded = await startEmbedded({ config, inMemory: true, port: 0, sesPort: 0, log: () => undefined });
  try {
    const fakes = testWorld();
    // The store variant: the real adapter, but effects left in the outbox (not carried out),
    // so it measures the table and nothing else.
    const repo = new DynamoDbComplaintRepository(
      new DynamoDBClient({
        endpoint: embedded.dynamoDbEndpoint,
        region: 'eu-west-2',
        credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      }),
      'complaints',
    );
    // Real time, so the clocks these complaints get in the embedded default are not in the past.
    const realTime = { now: () => new Date() };
    const stored: UseCaseContext = { ...fakes.ctx, clock: realTime, repo, secrets: cryptoSecrets, dispatch: async () => undefined };
    const memory: UseCaseContext = { ...fakes.ctx, clock: realTime, secrets: cryptoSecrets, dispatch: async () => undefined };

    const variants: Record<string, () => Promise<unknown>> = {
      logic: () => submitComplaint(memory, submission, { actor: { kind: 'complainant' } }),
      store: () => submitComplaint(stored, submission, { actor: { kind: 'complainant' } }),
      http: async () => {
        const response = await fetch(`${embedded.apiUrl}/complaints/parent`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ ...submission, consentToContact: true, track: undefined, channel: undefined }),
        });
        if (response.status !== 201) throw new Error(`HTTP ${response.status}: ${await response.text()}`);
      },
    };
    const times: Record<string, number[]> = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
    for (const run of Object.values(variants)) await run(); // warm up: JIT, connections, cold handlers
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const [name, run] of Object.entries(variants)) {
        const started = performance.now();
        await run();
        times[name]!.push(performance.now() - started);
      }
    }
    const base = median(times.logic!);
    console.log(`Intake of one parent complaint, ${ROUNDS} interleaved rounds (median ms, ratio to logic):`);
    for (const [name, values] of Object.entries(times)) {
      const m = median(values);
      console.log(`  ${name.padEnd(6)} ${m.toFixed(2).padStart(8)} ms   ×${(m / base).toFixed(1)}`);
    }
  } finally {
    await embedded.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

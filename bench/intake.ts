/**
 * Intake throughput: parent complaints taken in per second through the use case
 * (submitComplaint on the DynamoDB adapter: the day's acknowledgement count for the address,
 * the routing and clock planning, and one transaction of complaint, clocks, first events,
 * outbox and the Idempotency-Key, whose condition finds a retry) against
 * TransactWriteItems of exactly the items that transaction wrote, sent raw, on the same
 * DynamoDB Local at the same concurrency. Effects stay in the outbox in both (sending email
 * and starting clocks are not intake). Goal: the use case at least 60% of the raw rate.
 */
import { TransactWriteItemsCommand, type TransactWriteItemsCommandInput } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { ladoFor } from '../lib/config/lado';
import type { OrganisationConfig } from '../lib/config/organisation';
import { DynamoDbAcknowledgementCap } from '../lambdas/adapters/dynamodb/acknowledgement-cap';
import { DynamoDbComplaintRepository } from '../lambdas/adapters/dynamodb/complaint-repository';
import { cryptoSecrets } from '../lambdas/adapters/secrets';
import { londonCalendar } from '../lambdas/domain/calendar';
import { directoryFrom, policyFrom } from '../lambdas/handlers/runtime';
import { submitComplaint } from '../lambdas/use-cases/submit-complaint';
import type { UseCaseContext } from '../lambdas/use-cases/context';
import { parentSubmission } from '../tests/helpers/submissions';
import { runConcurrently, type BenchTable } from './lib/dynamo';
import { interleave, summarise, type Summary } from './lib/stats';

export const INTAKE_GOAL = 0.6;

export interface IntakeResult {
  useCase: Summary;
  raw: Summary;
  ratio: number;
  perRound: number;
  concurrency: number;
  rounds: number;
  itemsPerTransaction: number;
  /** DynamoDB calls the use case made per complaint in the counted rounds, by operation. */
  callsPerComplaint: Record<string, number>;
}

export async function measureIntake(table: BenchTable, config: OrganisationConfig, options: { rounds: number; perRound: number; concurrency: number }): Promise<IntakeResult> {
  const client = table.client();
  // The transaction the adapter sends, captured once from the SDK's middleware stack (as the
  // document client hands it over: plain values, marshalled below as the client would).
  // Every call the use case makes is counted by its command, to give calls per complaint.
  let captured: TransactWriteItemsCommandInput | undefined;
  const calls = new Map<string, number>();
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as TransactWriteItemsCommandInput;
      if (input.TransactItems) captured = structuredClone(input);
      const command = String((context as { commandName?: string }).commandName ?? 'unknown').replace(/Command$/, '');
      calls.set(command, (calls.get(command) ?? 0) + 1);
      return next(args);
    },
    { step: 'initialize', name: 'captureTransaction' },
  );
  const ctx: UseCaseContext = {
    repo: new DynamoDbComplaintRepository(client, table.tableName),
    clock: { now: () => new Date() },
    secrets: cryptoSecrets,
    rules: { calendar: londonCalendar(config.calendar), policy: policyFrom(config) },
    directory: directoryFrom(config),
    ofsted: config.ofsted,
    lado: (settingId) => ladoFor(config, settingId),
    retentionYears: config.retentionYears,
    statusLinkDaysAfterClosure: config.statusLinkDaysAfterClosure,
    // As the public intake runs it: one conditional count per acknowledged address.
    acknowledgementCap: new DynamoDbAcknowledgementCap(client, table.tableName, config.intake.acknowledgementsPerAddressPerDay),
    staffUrl: () => undefined,
    dispatch: async () => undefined,
  };
  let sequence = 0;
  const keyOf = (n: number) => `bench-${process.pid}-${n}`;
  // An address per complaint, as the embedded bench sends them: one address gets only so many
  // acknowledgements a day, and past that the use case writes another transaction (the note
  // that none was sent, no acknowledgement) than the one captured below for the raw rounds.
  const submitOne = () => {
    const key = keyOf((sequence += 1));
    const submission = parentSubmission();
    return submitComplaint(ctx, { ...submission, contact: { ...submission.contact, email: `${key}@example.com` } }, { idempotencyKey: key, actor: { kind: 'complainant' } });
  };
  const first = await submitOne();
  const firstKeyHash = cryptoSecrets.hash(`parent:${keyOf(1)}`);
  if (!captured) throw new Error('the use case sent no transaction');
  // The same items under a fresh reference each time (keys, index keys and outbox keys
  // all carry it), so every raw transaction writes new items as the use case does.
  const template = JSON.stringify(marshalled(captured));
  const rawClient = table.client();
  const rawOne = (index: number) => {
    const fresh = template.split(first.reference).join(`RAW-${index}`).split(firstKeyHash).join(`raw-key-${index}`);
    return rawClient.send(new TransactWriteItemsCommand(JSON.parse(fresh) as TransactWriteItemsCommandInput));
  };
  let rawRound = 0;
  // Warm both paths (JIT, connections) before any round counts.
  await runConcurrently(options.concurrency, options.concurrency, () => submitOne());
  await runConcurrently(options.concurrency, options.concurrency, (i) => rawOne(i - 1_000_000));
  calls.clear();
  const counted = sequence;
  const rate = (elapsedMs: number) => (options.perRound / elapsedMs) * 1000;
  const samples = await interleave(options.rounds, {
    useCase: async () => rate(await runConcurrently(options.perRound, options.concurrency, () => submitOne())),
    raw: async () => {
      rawRound += 1;
      return rate(await runConcurrently(options.perRound, options.concurrency, (i) => rawOne(rawRound * 100_000 + i)));
    },
  });
  const complaints = sequence - counted;
  client.destroy();
  rawClient.destroy();
  const useCase = summarise(samples.useCase);
  const raw = summarise(samples.raw);
  return {
    useCase,
    raw,
    ratio: useCase.median / raw.median,
    perRound: options.perRound,
    concurrency: options.concurrency,
    rounds: options.rounds,
    itemsPerTransaction: captured.TransactItems?.length ?? 0,
    callsPerComplaint: Object.fromEntries([...calls].map(([command, count]) => [command, count / complaints])),
  };
}

/** The captured transaction in DynamoDB's own JSON, as TransactWriteItems takes it. */
function marshalled(input: TransactWriteItemsCommandInput): TransactWriteItemsCommandInput {
  return {
    TransactItems: (input.TransactItems ?? []).map((item) => {
      if (!item.Put) throw new Error('the intake transaction holds more than puts');
      const put = item.Put as unknown as { Item: Record<string, unknown>; ExpressionAttributeValues?: Record<string, unknown> };
      return {
        Put: {
          ...item.Put,
          Item: marshall(put.Item, { removeUndefinedValues: true }),
          ...(put.ExpressionAttributeValues ? { ExpressionAttributeValues: marshall(put.ExpressionAttributeValues, { removeUndefinedValues: true }) } : {}),
        },
      };
    }),
  };
}

/**
 * Intake throughput: parent complaints taken in per second through the use case
 * (submitComplaint on the DynamoDB adapter: the idempotency read, the routing and clock
 * planning, and one transaction of complaint, clocks, first events and outbox) against
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
}

export async function measureIntake(table: BenchTable, config: OrganisationConfig, options: { rounds: number; perRound: number; concurrency: number }): Promise<IntakeResult> {
  const client = table.client();
  // The transaction the adapter sends, captured once from the SDK's middleware stack (as the
  // document client hands it over: plain values, marshalled below as the client would).
  let captured: TransactWriteItemsCommandInput | undefined;
  client.middlewareStack.add(
    (next) => async (args) => {
      const input = args.input as TransactWriteItemsCommandInput;
      if (input.TransactItems) captured = structuredClone(input);
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
  const submission = parentSubmission();
  let sequence = 0;
  const keyOf = (n: number) => `bench-${process.pid}-${n}`;
  const submitOne = () => submitComplaint(ctx, submission, { idempotencyKey: keyOf((sequence += 1)), actor: { kind: 'complainant' } });
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
  const rate = (elapsedMs: number) => (options.perRound / elapsedMs) * 1000;
  const samples = await interleave(options.rounds, {
    useCase: async () => rate(await runConcurrently(options.perRound, options.concurrency, () => submitOne())),
    raw: async () => {
      rawRound += 1;
      return rate(await runConcurrently(options.perRound, options.concurrency, (i) => rawOne(rawRound * 100_000 + i)));
    },
  });
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

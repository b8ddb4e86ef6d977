/**
 * The record's cost against the table's size: the same questions asked of a table holding
 * 2,000 complaints and of one holding 100,000 (seeded directly, in batches, with the items
 * the real transaction writes), interleaved, each table on a DynamoDB Local of its own. In both tables the
 * setting and month asked about hold the same complaints; the rest are other months and
 * years, closed (as a record that has grown over the years is).
 *
 * - a page: the record's first page (25 rows) of the setting for its manager, through the
 *   use case (listRecord, lambdas/use-cases/list-record.ts);
 * - an export of one period: the record of every complaint the setting received in one month,
 *   as the JSON export makes it (produceRecord), every page.
 *
 * Goal: the large table at most 1.2 times the small one, for both (no Scan anywhere).
 */
import {
  BatchWriteItemCommand,
  QueryCommand,
  type AttributeValue,
  type DynamoDBClient,
  type TransactWriteItemsCommandInput,
} from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { ladoFor } from '../lib/config/lado';
import type { OrganisationConfig } from '../lib/config/organisation';
import { DynamoDbComplaintRepository } from '../lambdas/adapters/dynamodb/complaint-repository';
import { INDEXES } from '../lambdas/adapters/dynamodb/table-design';
import { cryptoSecrets } from '../lambdas/adapters/secrets';
import { londonCalendar } from '../lambdas/domain/calendar';
import { directoryFrom, policyFrom } from '../lambdas/handlers/runtime';
import { recordRowItem } from '../lambdas/adapters/dynamodb/record-items';
import { DynamoDbRecordStore } from '../lambdas/adapters/dynamodb/record-store';
import type { Complaint } from '../lambdas/domain/complaint';
import { listRecord } from '../lambdas/use-cases/list-record';
import { loadComplaint } from '../lambdas/use-cases/load-complaint';
import { produceRecord } from '../lambdas/use-cases/produce-record';
import type { RecordContext } from '../lambdas/use-cases/record-context';
import { submitComplaint } from '../lambdas/use-cases/submit-complaint';
import type { UseCaseContext } from '../lambdas/use-cases/context';
import { parentSubmission } from '../tests/helpers/submissions';
import { ensureTable, createTableInputFromTemplate } from '../local/table';
import { synthesizeTemplate } from '../local/synthesize';
import { runConcurrently, startBenchTable } from './lib/dynamo';
import { interleave, summarise, type Summary } from './lib/stats';

export const RECORD_GOAL = 1.2;
/** The complaints of the setting and month that are asked about: the same in both tables. */
const IN_PERIOD = 120;
const PERIOD = { from: '2026-03-01T00:00:00.000Z', to: '2026-04-01T00:00:00.000Z' };
/** The same month as London dates, as the record is asked for it. */
const PERIOD_DAYS = { from: '2026-03-01', to: '2026-03-31' };
const SETTING = 'oak-street';
const MANAGER = { staffId: 'chloe-evans', roles: ['settingManager' as const], settings: [SETTING] };

export interface RecordResult {
  sizes: [number, number];
  page: [Summary, Summary];
  exportPeriod: [Summary, Summary];
  exportRows: number;
  pageRows: number;
  seedSeconds: number;
}

type Item = Record<string, AttributeValue>;

/** The items one real submission writes, captured from the SDK, as templates to seed from. */
export async function capturedItems(client: DynamoDBClient, tableName: string, config: OrganisationConfig) {
  let captured: TransactWriteItemsCommandInput | undefined;
  client.middlewareStack.add(
    (next) => async (args) => {
      const input = args.input as TransactWriteItemsCommandInput;
      if (input.TransactItems) captured = structuredClone(input);
      return next(args);
    },
    { step: 'initialize', name: 'captureForSeeding' },
  );
  const result = await submitComplaint(contextOn(client, tableName, config), parentSubmission({ settingId: SETTING }), { actor: { kind: 'complainant' } });
  // Captured as the document client hands it over (plain values): marshalled as it would be.
  const puts = (captured?.TransactItems ?? []).flatMap((item) =>
    item.Put?.Item ? [marshall(item.Put.Item as unknown as Record<string, unknown>, { removeUndefinedValues: true })] : [],
  );
  const meta = puts.find((item) => item.sk?.S === 'META');
  if (!meta?.deadlineSk) throw new Error('the submission wrote no open complaint to seed from');
  const { complaint } = await loadComplaint(contextOn(client, tableName, config).repo, result.reference);
  return { meta, complaint, reference: result.reference };
}

function recordContextOn(client: DynamoDBClient, tableName: string, config: OrganisationConfig): RecordContext {
  return {
    ...contextOn(client, tableName, config),
    records: new DynamoDbRecordStore(client, tableName),
    settings: config.settings.map(({ id, name }) => ({ id, name })),
    inspectorLinkDays: 7,
  };
}

function contextOn(client: DynamoDBClient, tableName: string, config: OrganisationConfig): UseCaseContext {
  return {
    repo: new DynamoDbComplaintRepository(client, tableName),
    clock: { now: () => new Date('2026-03-20T10:00:00Z') },
    secrets: cryptoSecrets,
    rules: { calendar: londonCalendar(config.calendar), policy: policyFrom(config) },
    directory: directoryFrom(config),
    ofsted: config.ofsted,
    lado: (settingId) => ladoFor(config, settingId),
    retentionYears: config.retentionYears,
    statusLinkDaysAfterClosure: config.statusLinkDaysAfterClosure,
    staffUrl: () => undefined,
    dispatch: async () => undefined,
  };
}

/** Complaint `index` of a table: the first IN_PERIOD are the ones asked about. */
function seededComplaint(template: { meta: Item; complaint: Complaint; reference: string }, index: number, total: number): Item[] {
  const id = `S${String(index).padStart(6, '0')}-${total}`;
  const inPeriod = index < IN_PERIOD;
  // The others spread over ten years before the period, both settings, all closed: what piles
  // up over the years is closed complaints. The open ones (the dashboard's) are the period's,
  // the same in both tables, as a setting's open complaints depend on this term, not on how
  // many years the record holds.
  const received = inPeriod
    ? new Date(Date.parse(PERIOD.from) + index * 6 * 3600 * 1000)
    : new Date(Date.parse('2016-01-01T00:00:00Z') + ((index * 7919) % (3650 * 24)) * 3600 * 1000);
  const setting = inPeriod || index % 2 === 0 ? SETTING : 'willow-lane';
  const open = inPeriod;
  const receivedAt = received.toISOString();
  const meta = JSON.parse(JSON.stringify(template.meta).split(template.reference).join(id)) as Item;
  meta.receivedAt = { S: receivedAt };
  meta.settingId = { S: setting };
  meta.receivedPk = { S: `SETTING#${setting}` };
  meta.receivedSk = { S: `${receivedAt}#${id}` };
  if (open) {
    // One entry per open complaint in the dashboard's index, on the complaint itself.
    meta.deadlinePk = { S: `SETTING#${setting}` };
  } else {
    meta.status = { S: 'closed' };
    delete meta.deadlinePk;
    delete meta.deadlineSk;
    delete meta.waiting;
  }
  // Its record row, as the repository writes it with the complaint (record-items.ts).
  const complaint: Complaint = { ...template.complaint, id, receivedAt, settingId: setting, status: open ? template.complaint.status : 'closed' };
  const row = marshall(recordRowItem(complaint), { removeUndefinedValues: true });
  return [meta, row];
}

export async function seed(client: DynamoDBClient, tableName: string, template: Awaited<ReturnType<typeof capturedItems>>, total: number) {
  const batches: Item[][] = [];
  let batch: Item[] = [];
  for (let i = 0; i < total; i += 1) {
    for (const item of seededComplaint(template, i, total)) {
      batch.push(item);
      if (batch.length === 25) {
        batches.push(batch);
        batch = [];
      }
    }
  }
  if (batch.length > 0) batches.push(batch);
  await runConcurrently(batches.length, 8, async (index) => {
    let requests: Record<string, { PutRequest: { Item: Item } }[]> = { [tableName]: batches[index]!.map((Item) => ({ PutRequest: { Item } })) };
    for (let attempt = 0; attempt < 10 && Object.keys(requests).length > 0; attempt += 1) {
      const { UnprocessedItems } = await client.send(new BatchWriteItemCommand({ RequestItems: requests }));
      requests = (UnprocessedItems ?? {}) as typeof requests;
    }
  });
}

export async function measureRecord(config: OrganisationConfig, options: { sizes: [number, number]; rounds: number }): Promise<RecordResult> {
  // Each table on a DynamoDB Local of its own. Sharing one, whichever table was created and
  // seeded second answered slower, whatever its size: with 2,000 and 16,000 complaints a
  // transaction of 100 puts took 72 against 257 ms when the larger came second, 87 against
  // 4,938 ms when the smaller did, and 73 against 69 ms on two DynamoDB Locals.
  const tables = options.sizes.map((size) => `record-${size}`);
  const started = performance.now();
  const locals = await Promise.all(tables.map((name) => startBenchTable(config, name)));
  const clients = locals.map((local) => local.client());
  try {
    for (const [i, name] of tables.entries()) {
      const items = await capturedItems(locals[i]!.client(), name, config);
      await seed(clients[i]!, name, items, options.sizes[i]!);
    }
    const seedSeconds = (performance.now() - started) / 1000;
    return { ...(await askBoth(config, tables, clients, options.rounds)), sizes: options.sizes, seedSeconds };
  } finally {
    for (const client of clients) client.destroy();
    await Promise.all(locals.map((local) => local.stop()));
  }
}

async function askBoth(
  config: OrganisationConfig,
  tables: string[],
  clients: DynamoDBClient[],
  rounds: number,
): Promise<Omit<RecordResult, 'sizes' | 'seedSeconds'>> {
  const clientOf = (name: string) => clients[tables.indexOf(name)]!;
  let pageRows = 0;
  // The same work at both sizes: the same complaints in the period, so the same reads and the
  // same access-log writes (one per complaint); checked, not assumed. What the export does is
  // bounded by the period: index Queries of its rows (a hundred at a time) and of what its
  // complaints say for the record (one per setting), the access log in transactions of a
  // hundred puts, one PutItem for the production. Nothing reads the rest of the table, and
  // nothing is asked once per complaint.
  const exportRowsOf = new Map<string, number>();
  const page = (name: string) => async () => {
    const t = performance.now();
    const result = await listRecord(recordContextOn(clientOf(name), name, config), MANAGER, { limit: 25, settingId: SETTING });
    pageRows = result.items.length;
    return performance.now() - t;
  };
  const exportPeriod = (name: string) => async () => {
    const t = performance.now();
    const document = await produceRecord(recordContextOn(clientOf(name), name, config), { kind: 'staff', principal: MANAGER }, { settingIds: [SETTING], ...PERIOD_DAYS }, 'json');
    exportRowsOf.set(name, document.entries.length);
    return performance.now() - t;
  };
  const [small, large] = tables as [string, string];
  // Warm both (JIT, connections, DynamoDB Local's own caches).
  for (const run of [page(small), page(large), exportPeriod(small), exportPeriod(large)]) await run();
  const samples = await interleave(rounds, {
    pageSmall: page(small),
    pageLarge: page(large),
    exportSmall: exportPeriod(small),
    exportLarge: exportPeriod(large),
  });
  const [exportRows, ...others] = tables.map((name) => exportRowsOf.get(name) ?? 0);
  if (others.some((rows) => rows !== exportRows)) throw new Error(`the exports differ in size: ${tables.map((name) => exportRowsOf.get(name)).join(' against ')} complaints`);
  return {
    page: [summarise(samples.pageSmall), summarise(samples.pageLarge)],
    exportPeriod: [summarise(samples.exportSmall), summarise(samples.exportLarge)],
    exportRows: exportRows!,
    pageRows,
  };
}

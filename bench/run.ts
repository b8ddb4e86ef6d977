/**
 * `npm run bench`: each figure side by side with its reference, in one run, rounds
 * interleaved, medians with min–max; prints the tables and writes bench/results.md and
 * bench/results.svg. These machines are shared and noisy: the ratios are what count.
 *
 *   BENCH_ONLY=cold,intake,record,transitions,embedded   run only these sections
 *   BENCH_QUICK=1                                         fewer rounds and a smaller record
 */
import './lib/quiet';
import '../local/polyfills';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import exampleOrganisation from '../config/example-organisation.json';
import { parseOrganisationConfig } from '../lib/config/organisation';
import { FUNCTION_MEMORY_MB } from '../lib/constructs/function';
import { BUDGET_RATIO, measureColdStart, type ColdStartRow } from './cold-start';
import { ASSUMPTIONS, fixedCosts, lifecycleCost, monthlyCost, PRICES } from './cost';
import { FLAT_GOAL, measureEmbedded, PERSISTED_GOAL, type EmbeddedResult } from './embedded';
import { INTAKE_GOAL, measureIntake, type IntakeResult } from './intake';
import { resultsChart, type GoalBar } from './lib/chart';
import { synthesizeOrganisation } from './lib/synth';
import { startBenchTable } from './lib/dynamo';
import { fixed, kib, markdownTable, ms, percent, terminalTable, times, usd, verdict, type Table } from './lib/format';
import type { Summary } from './lib/stats';
import { measureRecord, RECORD_GOAL, type RecordResult } from './record';
import { countTransitions, OVERDUE_REMINDERS_IN_SIX_MONTHS, type LifecycleCount } from './transitions';

const quick = process.env.BENCH_QUICK === '1';
const only = new Set((process.env.BENCH_ONLY ?? 'cold,intake,record,transitions,embedded').split(','));
const outFile = (name: string) => fileURLToPath(new URL(name, import.meta.url));
const range = (s: Summary, format: (v: number) => string) => `${format(s.median)} (${format(s.min)}–${format(s.max)})`;

interface SummaryRow {
  figure: string;
  measured: string;
  goal: string;
  met: boolean;
  bar?: GoalBar;
}

async function main(): Promise<void> {
  const started = Date.now();
  const loadBefore = os.loadavg()[0]!;
  const config = parseOrganisationConfig(exampleOrganisation);
  const tables: Table[] = [];
  const summary: SummaryRow[] = [];
  const show = (table: Table) => {
    tables.push(table);
    console.log(terminalTable(table));
  };

  let cold: ColdStartRow[] = [];
  if (only.has('cold')) {
    console.log('Cold start: bundling every function and its reference, then importing each in fresh processes…');
    cold = await measureColdStart(outFile('.build/cold-start'), config, quick ? 3 : 11);
    show(coldStartTable(cold));
    const withClients = cold.filter((row) => row.meetsGoal !== undefined);
    const worstImport = withClients.reduce((a, b) => (b.importRatio > a.importRatio ? b : a));
    const worstSize = withClients.reduce((a, b) => (b.sizeRatio > a.sizeRatio ? b : a));
    const missed = withClients.filter((row) => !row.meetsGoal).map((row) => row.stem);
    summary.push({
      figure: 'Cold start, import time (worst function that calls AWS)',
      measured: `${times(worstImport.importRatio)} (${worstImport.stem})`,
      goal: `≤ ×${BUDGET_RATIO}`,
      met: worstImport.importRatio <= BUDGET_RATIO,
      bar: { label: 'Cold start: import time (worst)', share: worstImport.importRatio / BUDGET_RATIO, detail: `${times(worstImport.importRatio)} ${worstImport.stem}` },
    });
    summary.push({
      figure: 'Cold start, size loaded at init (worst function that calls AWS)',
      measured: `${times(worstSize.sizeRatio)} (${worstSize.stem})`,
      goal: `≤ ×${BUDGET_RATIO}`,
      met: worstSize.sizeRatio <= BUDGET_RATIO,
      bar: { label: 'Cold start: size (worst)', share: worstSize.sizeRatio / BUDGET_RATIO, detail: `${times(worstSize.sizeRatio)} ${worstSize.stem}` },
    });
    summary.push({
      figure: 'Cold start, functions within both budgets',
      measured: `${withClients.length - missed.length} of ${withClients.length}${missed.length ? ` (not: ${missed.join(', ')})` : ''}`,
      goal: 'all',
      met: missed.length === 0,
    });
  }

  let intake: IntakeResult | undefined;
  let record: RecordResult | undefined;
  if (only.has('intake')) {
    const table = await startBenchTable(config);
    try {
      console.log('\nIntake: the use case against raw TransactWriteItems of the same items…');
      intake = await measureIntake(table, config, { rounds: quick ? 3 : 6, perRound: quick ? 20 : 40, concurrency: 8 });
      show(intakeTable(intake));
      summary.push({
        figure: 'Intake through the use case, share of raw TransactWriteItems',
        measured: percent(intake.ratio),
        goal: `≥ ${percent(INTAKE_GOAL)}`,
        met: intake.ratio >= INTAKE_GOAL,
        bar: { label: 'Intake: use case vs raw', share: INTAKE_GOAL / intake.ratio, detail: percent(intake.ratio) },
      });
    } finally {
      await table.stop();
    }
  }

  if (only.has('record')) {
    const sizes: [number, number] = quick ? [2_000, 20_000] : [2_000, 100_000];
    console.log(`\nThe record: seeding ${sizes[0].toLocaleString('en-GB')} and ${sizes[1].toLocaleString('en-GB')} complaints…`);
    record = await measureRecord(config, { sizes, rounds: quick ? 8 : 20 });
    show(recordTable(record));
    for (const [name, pair] of [['a page of the list', record.page], ['an export of one period', record.exportPeriod]] as const) {
      const r = pair[1].median / pair[0].median;
      summary.push({
        figure: `The record: ${name}, ${record.sizes[1].toLocaleString('en-GB')} against ${record.sizes[0].toLocaleString('en-GB')} complaints`,
        measured: times(r),
        goal: `≤ ×${RECORD_GOAL}`,
        met: r <= RECORD_GOAL,
        bar: { label: `Record: ${name}`, share: r / RECORD_GOAL, detail: times(r) },
      });
    }
  }

  let counts: LifecycleCount[] = [];
  if (only.has('transitions')) {
    console.log('\nState transitions: running each lifecycle on the synthesized state machines…');
    counts = await countTransitions();
    show(transitionsTable(counts));
    for (const count of counts) {
      summary.push({
        figure: `Transitions: ${count.lifecycle.name.toLowerCase()}`,
        measured: String(count.transitions),
        goal: `≤ ${count.goal}`,
        met: count.transitions <= count.goal,
        bar: { label: `Transitions: ${count.lifecycle.name}`, share: count.transitions / count.goal, detail: `${count.transitions} of ${count.goal}` },
      });
    }
    const intakeWriteUnits = 2 * (intake?.itemsPerTransaction ?? 8);
    const fixedMonthly = fixedCosts(synthesizeOrganisation(config));
    const costs = counts.map((count) => lifecycleCost(count, intakeWriteUnits, FUNCTION_MEMORY_MB, { webAcl: fixedMonthly.webAcls > 0 }));
    for (const table of costTables(costs, fixedMonthly, intake?.itemsPerTransaction)) show(table);
  }

  let embedded: EmbeddedResult | undefined;
  if (only.has('embedded')) {
    console.log('\nThe embedded default: starting it fresh, warm, with 10,000 complaints stored, and in memory…');
    // Twelve rounds: each order of the six variants' design (stats.ts) twice, so each comes first as often.
    embedded = await measureEmbedded(config, { stored: quick ? 2_000 : 10_000, rounds: quick ? 2 : 12, perRound: quick ? 20 : 40, concurrency: 16, warmUp: quick ? 40 : 240 });
    show(embeddedTable(embedded));
    summary.push({
      figure: 'Embedded default: persisted intake, share of in-memory intake',
      measured: percent(embedded.persistedRatio),
      goal: `≥ ${percent(PERSISTED_GOAL)}`,
      met: embedded.persistedRatio >= PERSISTED_GOAL,
      bar: { label: 'Embedded: persisted vs in memory', share: PERSISTED_GOAL / embedded.persistedRatio, detail: percent(embedded.persistedRatio) },
    });
    summary.push({
      figure: `Embedded default: intake with ${embedded.stored.toLocaleString('en-GB')} stored, share of intake with none`,
      measured: percent(embedded.flatRatio),
      goal: `≥ ${percent(FLAT_GOAL)} (flat)`,
      met: embedded.flatRatio >= FLAT_GOAL,
      bar: { label: `Embedded: ${embedded.stored.toLocaleString('en-GB')} stored vs none`, share: FLAT_GOAL / embedded.flatRatio, detail: percent(embedded.flatRatio) },
    });
  }

  const loadAfter = os.loadavg()[0]!;
  const cpus = os.cpus();
  const machine = `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}, Node ${process.version}; load average ${loadBefore.toFixed(1)} at the start and ${loadAfter.toFixed(1)} at the end (other work shared the CPU: compare ratios, not times)`;
  const summaryTable: Table = {
    title: 'Every figure against its goal',
    columns: ['figure', 'measured', 'goal', 'met'],
    rows: summary.map((row) => [row.figure, row.measured, row.goal, verdict(row.met)]),
  };
  console.log(terminalTable(summaryTable));
  const svg = resultsChart(summary.flatMap((row) => (row.bar ? [row.bar] : [])), cold.map((row) => ({ label: row.stem, handlerMs: row.importMs.median, referenceMs: row.referenceImportMs.median })), `${new Date().toISOString().slice(0, 10)} · ${machine.split(';')[0]}`);
  writeFileSync(outFile('results.svg'), svg);
  writeFileSync(
    outFile('results.md'),
    [
      '# Benchmark results',
      '',
      `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC in ${((Date.now() - started) / 1000).toFixed(0)} s${quick ? ' (BENCH_QUICK: fewer rounds, a smaller record)' : ''}.`,
      '',
      `Machine: ${machine}.`,
      '',
      '![Every figure against its goal, and each function’s cold start against its reference](results.svg)',
      '',
      markdownTable(summaryTable),
      ...tables.map(markdownTable),
    ].join('\n'),
  );
  updateReadme(summaryTable, machine);
  console.log(`\nWrote bench/results.md, bench/results.svg and the README's summary (${((Date.now() - started) / 1000).toFixed(0)} s).`);
}

/** The README's benchmark summary, between its two markers, from this run (a full run only). */
function updateReadme(summaryTable: Table, machine: string): void {
  if (quick || process.env.BENCH_ONLY) return;
  const file = outFile('../README.md');
  const readme = readFileSync(file, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) return;
  const body = [
    '',
    `Last run ${new Date().toISOString().slice(0, 10)} on ${machine}.`,
    '',
    markdownTable({ ...summaryTable, title: 'Every figure against its goal' }).replace(/^### .*\n\n/, ''),
    '![Every figure against its goal, and each function’s cold start against its reference](bench/results.svg)',
    '',
  ].join('\n');
  writeFileSync(file, `${readme.slice(0, from + start.length)}\n${body}\n${readme.slice(to)}`);
}

function coldStartTable(rows: ColdStartRow[]): Table {
  return {
    title: 'Cold start of each function bundle',
    note:
      `Each function bundled as \`cdk synth\` bundles it (lib/constructs/bundling.ts), against a reference that imports only the AWS SDK clients the function calls (its \`needs\`; "empty" for none). ` +
      `Size: KiB of JavaScript loaded at init (the entry and its static chunks; the whole asset, with chunks loaded on demand such as one language's emails, in brackets). ` +
      `Import: median ms (min–max) to import the bundle in a fresh \`node --enable-source-maps\` process; process: spawn to exit; × import is the median over rounds of its ratio to its reference imported back to back with it. Goal: ≤ ×${BUDGET_RATIO} its reference in both, for functions that call AWS.`,
    columns: ['function', 'reference', 'KiB (asset)', 'ref KiB', '× size', 'import ms', 'ref import ms', '× import', 'process ms (ref)', 'goal met'],
    rows: rows.map((row) => [
      row.stem,
      row.reference,
      `${kib(row.size.loadedBytes)} (${kib(row.size.totalBytes)})`,
      kib(row.referenceSize.loadedBytes),
      row.reference === 'empty' ? '–' : times(row.sizeRatio),
      range(row.importMs, ms),
      range(row.referenceImportMs, ms),
      times(row.importRatio),
      `${ms(row.processMs.median)} (${ms(row.referenceProcessMs.median)})`,
      row.meetsGoal === undefined ? 'no AWS client' : verdict(row.meetsGoal),
    ]),
  };
}

function intakeTable(result: IntakeResult): Table {
  return {
    title: 'Intake throughput on DynamoDB Local',
    note: `${result.rounds} interleaved rounds of ${result.perRound} parent complaints (a new address each) at concurrency ${result.concurrency}; complaints per second, median (min–max). The use case's DynamoDB calls per complaint: ${Object.entries(result.callsPerComplaint).map(([command, count]) => `${command} ${fixed(2)(count)}`).join(', ')}. Raw: TransactWriteItems of the same ${result.itemsPerTransaction} items the use case's transaction writes. Goal: the use case ≥ ${percent(INTAKE_GOAL)} of raw.`,
    columns: ['variant', 'complaints/s', 'share of raw'],
    rows: [
      ['submitComplaint on the DynamoDB adapter', range(result.useCase, fixed(1)), percent(result.ratio)],
      ['raw TransactWriteItems', range(result.raw, fixed(1)), '100%'],
    ],
  };
}

function recordTable(result: RecordResult): Table {
  const [small, large] = result.sizes.map((size) => size.toLocaleString('en-GB'));
  return {
    title: "The record's cost against the table's size",
    note: `Two tables, each on a DynamoDB Local of its own, seeded directly (${result.seedSeconds.toFixed(0)} s), asked the same questions in interleaved rounds; median ms (min–max). Page: the record's first page of ${result.pageRows} rows for one setting's manager (listRecord). Export: the record of the ${result.exportRows} complaints one setting received in one month, as the JSON export makes it (produceRecord). Goal: ≤ ×${RECORD_GOAL}.`,
    columns: ['question', `${small} complaints`, `${large} complaints`, 'ratio'],
    rows: [
      ['a page of the list', range(result.page[0], ms), range(result.page[1], ms), times(result.page[1].median / result.page[0].median)],
      ['an export of one period', range(result.exportPeriod[0], ms), range(result.exportPeriod[1], ms), times(result.exportPeriod[1].median / result.exportPeriod[0].median)],
    ],
  };
}

function transitionsTable(counts: LifecycleCount[]): Table {
  const worst = counts.filter((count) => count.perOverdueWeek !== undefined);
  const overLimit = worst.filter((count) => count.transitions > count.goal);
  // What holds a worst path back, in its own figures: the weeks overdue, not the levels.
  const heldBack = overLimit.map((count) => {
    const overdue = count.perOverdueWeek! * OVERDUE_REMINDERS_IN_SIX_MONTHS;
    return `${count.lifecycle.name}: ${overdue} of its ${count.transitions} are the overdue weeks (${count.perOverdueWeek} each: the Wait and the reminder step)`;
  });
  const why = heldBack.length === 0 ? '' : ` Over the goal: ${heldBack.join('; ')}. Only a sweep outside the state machine (a schedule that sends the overdue reminders that fell due) would take them below it.`;
  return {
    title: 'State transitions per lifecycle',
    note: `Counted from the execution history of the synthesized state machines (aws-local-stepfunctions, waits zeroed, the workflow tests' clock-step model): states entered plus retries, as Step Functions Standard bills. Worst paths end after ${OVERDUE_REMINDERS_IN_SIX_MONTHS} weekly overdue reminders (six months). An overdue week is the Wait and the reminder step, which goes straight back to the Wait and ends the loop (done, no longer needed, handed over) by a named error its Task catches, not by a Choice after every reminder (lambdas/domain/clock.ts).${why}`,
    columns: ['lifecycle', 'what happens', 'transitions', 'clock steps', 'emails from clocks', 'per further overdue week', 'goal', 'met'],
    rows: counts.map((count) => [
      count.lifecycle.name,
      count.lifecycle.description,
      count.transitions,
      count.invocations,
      count.emails,
      count.perOverdueWeek ?? '–',
      `≤ ${count.goal}`,
      verdict(count.transitions <= count.goal),
    ]),
  };
}

function costTables(costs: ReturnType<typeof lifecycleCost>[], fixedMonthly: ReturnType<typeof fixedCosts>, itemsPerTransaction: number | undefined): Table[] {
  const typical = costs.filter((cost) => cost.kind === 'typical');
  const worst = costs.filter((cost) => cost.kind === 'worst');
  const partNames = Object.keys(costs[0]?.parts ?? {});
  return [
    {
      title: 'What a complaint costs in AWS (eu-west-2)',
      note: `From the transitions, clock steps and emails above, ${itemsPerTransaction ?? 8} items in the intake transaction (measured), and the assumptions below; functions at ${FUNCTION_MEMORY_MB} MB on Arm. USD, prices read ${PRICES.readOn}.`,
      columns: ['lifecycle', ...partNames, 'total'],
      rows: costs.map((cost) => [cost.name, ...partNames.map((name) => usd(cost.parts[name] ?? 0)), `**${usd(cost.usd)}**`]),
    },
    {
      title: "An organisation's month",
      note: `Nine complaints in ten typical (the mean of the typical lifecycles), one in ten worst; plus the fixed costs of the stack: ${fixedMonthly.kmsKeys} KMS key(s), ${fixedMonthly.alarms} CloudWatch alarms${fixedMonthly.webAcls ? `, ${fixedMonthly.webAcls} WAF web ACL(s) with ${fixedMonthly.wafRules} rules (in the us-east-1 edge stack)` : '; no WAF web ACL (the configuration says `edge.webAcl: "none"` or names one of its own; the one this project creates would add $8.00 a month and $0.60 per million requests)'}. Free tiers are left out (they would make most of this zero).`,
      columns: ['complaints a year', 'per month', 'of which fixed'],
      rows: [10, 100, 1000].map((perYear) => [perYear.toLocaleString('en-GB'), usd(monthlyCost(perYear, typical, worst, fixedMonthly)), usd(fixedMonthly.usdPerMonth)]),
    },
    {
      title: 'Prices and assumptions used',
      note: `Prices as read on ${PRICES.readOn} from AWS's pricing pages (US dollars, Europe (London) where the page lists regions; "the figure used" marks a London price this session could not read off the page and took as stated). Assumptions are what this benchmark does not measure.`,
      columns: ['item', 'value', 'source'],
      rows: [
        ...Object.entries(PRICES)
          .filter(([name]) => name !== 'readOn')
          .map(([name, price]) => [name, typeof price === 'object' ? `$${price.usd.toPrecision(4)}` : String(price), typeof price === 'object' ? price.source : '']),
        ...Object.entries(ASSUMPTIONS).map(([name, value]) => [name, JSON.stringify(value), 'assumption']),
      ],
    },
  ];
}

function memory({ node, java }: { node: number; java: number }): string {
  return `${fixed(0)(node + java)} MiB (${fixed(0)(node)} + ${fixed(0)(java)})`;
}

function embeddedTable(result: EmbeddedResult): Table {
  const stored = result.stored.toLocaleString('en-GB');
  return {
    title: 'The embedded default (`npm start`)',
    note: `\`node --import tsx local/start.ts\` to its \`ready\` line (the \`prestart\` page build not included); resident memory of the Node process and of DynamoDB Local's java. Intake: ${result.perRound} parent complaints per round at concurrency ${result.concurrency} over HTTP, complaints per second from a round's first request until its complaints' emails are out (what each complaint sets off counts in its own round), median (min–max) of ${result.rounds} rounds interleaved with the others'; a ratio is the median of each round's own ratio (the variants of a round run within seconds of each other, under much the same load from elsewhere), after ${result.warmUp} complaints taken in by each runtime (DynamoDB Local's JVM compiles as it goes); the same rounds counting only their requests' time beside it. Raw DynamoDB Local: a complaint's ten writes (the intake's transaction of nine puts, then one after another the three outbox entries taken, the status token minted and its item put, the entries marked done and the clock's first step) per second at the same concurrency on the in-memory runtime's DynamoDB Local, the empty persisted one's (SQLite in write-ahead-log mode) and the one with ${stored} stored, in the same rounds: what its disk mode and its size cost by themselves. Goal: persisted ≥ ${percent(PERSISTED_GOAL)} of in memory, and flat (≥ ${percent(FLAT_GOAL)}) from 0 to ${stored} stored.`,
    columns: ['measure', 'value'],
    rows: [
      ['ready, first start (fresh data folder)', `${ms(result.firstReadyMs)} ms`],
      ['ready, warm start (same folder)', `${ms(result.warmReadyMs)} ms`],
      [`ready, with ${stored} complaints stored`, `${ms(result.storedReadyMs)} ms`],
      ['resident memory, 0 complaints (Node + java)', memory(result.memoryEmptyMiB)],
      [`resident memory, ${stored} complaints (Node + java)`, memory(result.memoryStoredMiB)],
      ['intake, in memory (complaints/s, emails out)', range(result.intake.inMemory, fixed(1))],
      ['intake, persisted, empty', range(result.intake.persistedEmpty, fixed(1))],
      [`intake, persisted, ${stored} stored`, range(result.intake.persistedStored, fixed(1))],
      ['requests alone, in memory (complaints/s)', range(result.requests.inMemory, fixed(1))],
      ['requests alone, persisted, empty', range(result.requests.persistedEmpty, fixed(1))],
      [`requests alone, persisted, ${stored} stored`, range(result.requests.persistedStored, fixed(1))],
      ['raw DynamoDB Local, in memory (a complaint\'s ten writes/s)', range(result.rawDynamoDb.inMemory, fixed(1))],
      ['raw DynamoDB Local, on disk', range(result.rawDynamoDb.persisted, fixed(1))],
      [`raw DynamoDB Local, on disk, ${stored} stored`, range(result.rawDynamoDb.persistedStored, fixed(1))],
      ['raw DynamoDB Local, on disk against in memory', percent(result.rawDynamoDbRatio)],
      [`raw DynamoDB Local, ${stored} stored against empty`, percent(result.rawDynamoDbFlatRatio)],
      ['requests alone: persisted against in memory (the lower of the two)', percent(result.requestsPersistedRatio)],
      [`requests alone: ${stored} stored against empty`, percent(result.requestsFlatRatio)],
      ['persisted against in memory (the lower of the two)', percent(result.persistedRatio)],
      [`${stored} stored against empty`, percent(result.flatRatio)],
    ],
  };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

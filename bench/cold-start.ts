/**
 * Cold start: every handler bundled as `cdk synth` bundles it (lib/constructs/bundling.ts),
 * against (a) an empty handler and (b) a reference handler that imports only the AWS SDK
 * clients the handler really calls — the ones its `needs` in functions.ts grant, so the
 * reference is what the handler would weigh if the project's own code cost nothing.
 *
 * Size: the JavaScript a cold start loads (the entry and the chunks it imports statically);
 * the whole asset (with the chunks loaded on demand: one language's emails each, the SDK's
 * credential providers) is shown beside it. Time: a fresh `node` process importing the
 * bundle, as Lambda's runtime does at init: the import itself, and the whole process from
 * spawn to exit. In each round every handler is imported back to back with its reference
 * (handlers in a Williams order, which of the two goes first alternating by round); medians
 * with min–max, and the ratio is the median of the rounds' ratios.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { OrganisationConfig } from '../lib/config/organisation';
import { bundleHandler, bundleSize, BUNDLE_ENTRY_FILE, type BundleSize } from '../lib/constructs/bundling';
import { handlerEntry } from '../lib/constructs/function';
import { BACKGROUND_FUNCTIONS, ROUTES, type FunctionNeeds } from '../lambdas/handlers/functions';
import { ratio, summarise, williamsOrders, type Summary } from './lib/stats';

/** The goal: a handler at most this many times its reference, in import time and in size. */
export const BUDGET_RATIO = 1.25;

export interface HandlerBundle {
  stem: string;
  needs: FunctionNeeds;
  reference: string;
}

/** Every handler stem with what it binds; a stem shared by two definitions binds their union. */
export function handlerBundles(): HandlerBundle[] {
  const byStem = new Map<string, FunctionNeeds>();
  for (const definition of [...ROUTES, ...Object.values(BACKGROUND_FUNCTIONS)]) {
    const known = byStem.get(definition.handler);
    const accounts = known?.accounts ?? ('accounts' in definition.needs ? definition.needs.accounts : undefined);
    byStem.set(definition.handler, {
      table: known?.table === 'readWrite' || definition.needs.table === 'readWrite' ? 'readWrite' : known?.table === 'read' ? 'read' : definition.needs.table,
      email: (known?.email ?? false) || definition.needs.email,
      workflows: (known?.workflows ?? false) || definition.needs.workflows,
      ...(accounts ? { accounts } : {}),
      formTokens: (known?.formTokens ?? false) || ('formTokens' in definition.needs && definition.needs.formTokens === true),
    });
  }
  return [...byStem].map(([stem, needs]) => ({ stem, needs, reference: referenceName(needs) }));
}

export function referenceName(needs: FunctionNeeds): string {
  const clients = [needs.table !== 'none' ? 'dynamodb' : '', needs.email ? 'ses' : '', needs.workflows ? 'sfn' : '', needs.accounts ? 'cognito' : '', needs.formTokens ? 'secrets' : ''].filter(Boolean);
  return clients.length === 0 ? 'empty' : clients.join('+');
}

/**
 * A handler that creates the clients and sends the commands our adapters send, nothing else.
 * The clients are made inside the handler, as ours are (on first use), so neither does
 * that work at import.
 */
export function referenceSource(needs: FunctionNeeds): string {
  const lines: string[] = [];
  const calls: string[] = [];
  if (needs.table !== 'none') {
    lines.push("import { DynamoDBClient } from '@aws-sdk/client-dynamodb';");
    lines.push("import { DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';");
    calls.push('const commands = [GetCommand, PutCommand, QueryCommand, TransactWriteCommand, UpdateCommand];');
    calls.push('await DynamoDBDocumentClient.from(new DynamoDBClient({})).send(new commands[event.op % commands.length](event.input));');
  }
  if (needs.email) {
    lines.push("import { SESClient, SendEmailCommand } from '@aws-sdk/client-ses';");
    calls.push('await new SESClient({}).send(new SendEmailCommand(event.input));');
  }
  if (needs.workflows) {
    lines.push("import { SFNClient, StartExecutionCommand, StopExecutionCommand } from '@aws-sdk/client-sfn';");
    calls.push('await new SFNClient({}).send(event.op ? new StartExecutionCommand(event.input) : new StopExecutionCommand(event.input));');
  }
  if (needs.accounts) {
    lines.push("import { CognitoIdentityProviderClient, AdminCreateUserCommand, AdminDisableUserCommand } from '@aws-sdk/client-cognito-identity-provider';");
    calls.push('await new CognitoIdentityProviderClient({}).send(event.op ? new AdminCreateUserCommand(event.input) : new AdminDisableUserCommand(event.input));');
  }
  if (needs.formTokens) {
    lines.push("import { SecretsManagerClient, GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';");
    calls.push('await new SecretsManagerClient({}).send(new GetSecretValueCommand(event.input));');
  }
  return [
    ...lines,
    'export async function handler(event) {',
    ...calls.map((call) => `  ${call}`),
    "  return { statusCode: 200, body: '{}' };",
    '}',
    '',
  ].join('\n');
}

export interface BuiltBundle {
  name: string;
  entryFile: string;
  size: BundleSize;
}

/** Bundles every handler and every reference it is compared with into `outdir`. */
export function buildAll(outdir: string, config: OrganisationConfig): { handlers: Map<string, BuiltBundle>; references: Map<string, BuiltBundle> } {
  rmSync(outdir, { recursive: true, force: true });
  const handlers = new Map<string, BuiltBundle>();
  const references = new Map<string, BuiltBundle>();
  const nodePaths = [fileURLToPath(new URL('../node_modules', import.meta.url))];
  const build = (name: string, entry: string, into: string): BuiltBundle => {
    const size = bundleSize(bundleHandler(entry, config, into, nodePaths));
    return { name, entryFile: join(into, BUNDLE_ENTRY_FILE), size };
  };
  const bundles = handlerBundles();
  const sources = join(outdir, 'reference-sources');
  mkdirSync(sources, { recursive: true });
  for (const needs of [{ table: 'none', email: false, workflows: false } as FunctionNeeds, ...bundles.map((b) => b.needs)]) {
    const name = referenceName(needs);
    if (references.has(name)) continue;
    const source = join(sources, `${name}.mjs`);
    writeFileSync(source, referenceSource(needs));
    references.set(name, build(name, source, join(outdir, 'references', name)));
  }
  for (const bundle of bundles) handlers.set(bundle.stem, build(bundle.stem, handlerEntry(bundle.stem), join(outdir, 'handlers', bundle.stem)));
  return { handlers, references };
}

interface ImportTiming {
  importMs: number;
  processMs: number;
}

/** A fresh Node process that imports one bundle, as Lambda's init does. */
export function timeImport(entryFile: string): Promise<ImportTiming> {
  const script = `const t = performance.now(); await import(${JSON.stringify(pathToFileURL(entryFile).href)}); process.stdout.write(String(performance.now() - t));`;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    // Lambda runs our functions with source maps on (function.ts NODE_OPTIONS); so do we.
    const child = spawn(process.execPath, ['--enable-source-maps', '--input-type=module', '-e', script], {
      env: { PATH: process.env.PATH, AWS_REGION: 'eu-west-2' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`importing ${entryFile} failed: ${stderr.trim()}`));
      else resolve({ importMs: Number(stdout), processMs: performance.now() - started });
    });
  });
}

export interface ColdStartRow {
  stem: string;
  reference: string;
  size: BundleSize;
  referenceSize: BundleSize;
  importMs: Summary;
  processMs: Summary;
  referenceImportMs: Summary;
  referenceProcessMs: Summary;
  sizeRatio: number;
  importRatio: number;
  /** Only for handlers that call AWS: for the others the reference is the empty handler, and a ratio to nothing says nothing. */
  meetsGoal: boolean | undefined;
}

export async function measureColdStart(outdir: string, config: OrganisationConfig, rounds: number): Promise<ColdStartRow[]> {
  const { handlers, references } = buildAll(outdir, config);
  const bundles = handlerBundles();
  // Each handler is imported next to its reference, the two back to back (which goes first
  // alternates by round), so that a round's ratio sees both under the same load: the
  // machine's other work comes and goes within seconds, the time a round of every bundle takes.
  const timings = new Map<string, ImportTiming[]>();
  const samples: Record<string, number[]> = {};
  const time = async (key: string, entryFile: string) => {
    const timing = await timeImport(entryFile);
    timings.set(key, [...(timings.get(key) ?? []), timing]);
    (samples[key] ??= []).push(timing.importMs);
    return timing.importMs;
  };
  const ratios = new Map<string, number[]>();
  const orders = williamsOrders(bundles.length);
  for (let round = 0; round < rounds; round += 1) {
    for (const index of orders[round % orders.length]!) {
      const { stem, reference } = bundles[index]!;
      const pair = [
        () => time(stem, handlers.get(stem)!.entryFile),
        () => time(`ref:${reference}:${stem}`, references.get(reference)!.entryFile),
      ];
      const [first, second] = round % 2 === 0 ? pair : [...pair].reverse();
      const [a, b] = [await first!(), await second!()];
      const [handlerMs, referenceMs] = round % 2 === 0 ? [a, b] : [b, a];
      ratios.set(stem, [...(ratios.get(stem) ?? []), handlerMs / referenceMs]);
    }
  }
  const processSummary = (key: string) => summarise((timings.get(key) ?? []).map((t) => t.processMs));
  return bundles.map(({ stem, reference }) => {
    const handler = handlers.get(stem)!;
    const ref = references.get(reference)!;
    const sizeRatio = ratio(handler.size.loadedBytes, ref.size.loadedBytes);
    // The median of the rounds' ratios, each of a handler and its reference imported back to back.
    const importRatio = summarise(ratios.get(stem) ?? []).median;
    return {
      stem,
      reference,
      size: handler.size,
      referenceSize: ref.size,
      importMs: summarise(samples[stem] ?? []),
      processMs: processSummary(stem),
      referenceImportMs: summarise(samples[`ref:${reference}:${stem}`] ?? []),
      referenceProcessMs: processSummary(`ref:${reference}:${stem}`),
      sizeRatio,
      importRatio,
      meetsGoal: reference === 'empty' ? undefined : sizeRatio <= BUDGET_RATIO && importRatio <= BUDGET_RATIO,
    };
  });
}

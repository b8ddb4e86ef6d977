/**
 * Each function's cold start has a budget: the JavaScript it loads at init may weigh at most
 * 1.25 times a reference handler that imports only the AWS SDK clients the function calls
 * (its `needs` in functions.ts). Bundled exactly as `cdk synth` bundles (lib/constructs/
 * bundling.ts); `npm run bench` measures the same bundles' import times.
 *
 * A function that grows past its budget fails here: load what is used, where it is used
 * (a schema in the module of the one handler that parses it, a client in the channel that
 * sends through it, a language's strings when an email in it is written).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUDGET_RATIO, buildAll, handlerBundles, type BuiltBundle } from '../../bench/cold-start';
import { BUNDLE_ENTRY_FILE } from '../../lib/constructs/bundling';
import { exampleConfig } from './helpers/synth';

const KIB = 1024;

/**
 * Functions that call no AWS service are compared with an empty handler, so a ratio says
 * nothing: they get a size of their own, a ceiling on today's size (with about 2 KiB to
 * spare), lowered when a function shrinks and raised only with a reason written here. Every
 * other function is held to 1.25 times its reference. What keeps them there:
 * - The pages load one language's texts when a request asks for it (i18n/load.ts: each
 *   language's page and email strings are chunks of their own), not six at init.
 * - zod/mini's core, 15–23 KiB, is loaded by every function that parses a request with a
 *   schema, the biggest part of what the intake and the functions that move a complaint add
 *   to their reference. Each request is a module of its own (schemas.ts gathers them for the
 *   OpenAPI document alone); the requests entered on someone's behalf spell their fields out
 *   rather than z.extend and z.omit another (zod's shape merging, about 2 KiB); the staff's
 *   actions build the one action's body they read, not all twelve (handlers/staff-schemas.ts);
 *   what the document alone says of a request (its name, its examples) is kept with the
 *   document (handlers/openapi-metadata.ts), so no function loads zod's registry (about 1 KiB).
 * - The complaints' storage is one adapter per port (lambdas/domain/ports.ts), and a function
 *   builds the one it calls: one complaint loaded (complaint-loader.ts) and the queries that
 *   show complaints (complaint-reader.ts: the status page and its JSON, which build neither
 *   the writes nor the clocks' calendar: handlers/read-runtime.ts); a new complaint written
 *   (intake-store.ts: the intake and what staff record on someone's behalf, through
 *   handlers/intake-runtime.ts); both with the writes of a change (complaint-repository.ts:
 *   the rest). The outbox's workers (outbox.ts), the parked effects (parked-effects.ts) and
 *   the directory's writes are loaded only by the functions that call them.
 * - What one request uses is loaded when it is used: the steps of the staff's actions with
 *   the first one recorded (use-cases/record-action/apply.ts), the complainant's move to the
 *   next level (use-cases/respond-to-outcome/move-on.ts), the record's
 *   row written with a change, the page a plain form's post sends back (form-again.ts), the
 *   configuration's staff, needed only until the directory is stored (configured-staff.ts).
 *   Each such lazy boundary is one module, and only where what it spares is worth a file: every
 *   boundary that shares code with init cuts what init loads into more files, each a read, a
 *   compile and a source map (an allegation's alerts, 0.1 KiB of their own, cost the intake two).
 * - An organisation that counts calendar days compiles no bank holidays in (1.7 KiB).
 * - The OpenAPI document describes every route with its schemas (about 95 KiB, a setting's own
 *   LADO among them), and the requests' names and examples.
 */
const CEILINGS_KIB: Readonly<Record<string, number>> = {
  health: 1,
  openapi: 96,
  'show-confirmation': 35,
};

describe('App: cold-start budget of every function bundle', () => {
  let outdir: string;
  let built: { handlers: Map<string, BuiltBundle>; references: Map<string, BuiltBundle> };

  beforeAll(() => {
    outdir = mkdtempSync(join(tmpdir(), 'complaints-budget-'));
    built = buildAll(outdir, exampleConfig());
  }, 120_000);

  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  it('covers every function of functions.ts', () => {
    expect([...built.handlers.keys()].sort()).toEqual(handlerBundles().map((bundle) => bundle.stem).sort());
  });

  it.each(handlerBundles().map((bundle) => [bundle.stem, bundle] as const))('%s stays within its budget', (stem, bundle) => {
    const loaded = built.handlers.get(stem)!.size.loadedBytes;
    const ceiling = CEILINGS_KIB[stem];
    if (ceiling !== undefined) {
      expect(loaded / KIB, `${stem}: KiB loaded at init`).toBeLessThanOrEqual(ceiling);
      return;
    }
    const reference = built.references.get(bundle.reference)!.size.loadedBytes;
    expect(loaded / reference, `${stem}: loaded at init against ${bundle.reference} (${Math.round(loaded / KIB)} / ${Math.round(reference / KIB)} KiB)`).toBeLessThanOrEqual(BUDGET_RATIO);
  });

  it('loads no email template at init: each language is a chunk of its own', () => {
    const clockStep = built.handlers.get('clock-step')!;
    expect(clockStep.size.totalBytes - clockStep.size.loadedBytes).toBeGreaterThan(40 * KIB);
  });

  it('loads no language of a page at init: the pages the API renders load the one asked for', () => {
    for (const stem of ['show-form', 'submit-parent-form', 'show-status', 'respond-to-outcome-form', 'subject-access', 'show-confirmation']) {
      const { size } = built.handlers.get(stem)!;
      // Six languages' page and email strings, each a chunk of its own, loaded on demand.
      expect(size.totalBytes - size.loadedBytes, stem).toBeGreaterThan(300 * KIB);
    }
  });

  it("loads the configuration's staff only when no directory is stored: in a chunk of its own, never at init", () => {
    const someone = exampleConfig().staff[0]!.email;
    for (const [stem, bundle] of built.handlers) {
      const dir = dirname(bundle.entryFile);
      const atInit = staticallyLoaded(dir).map((file) => readFileSync(join(dir, file), 'utf8'));
      expect(atInit.some((code) => code.includes(someone)), stem).toBe(false);
    }
    // …and it is there, for the directory's seed.
    const seed = dirname(built.handlers.get('seed-directory')!.entryFile);
    expect(readdirSync(join(seed, 'chunks')).some((file) => readFileSync(join(seed, 'chunks', file), 'utf8').includes(someone))).toBe(true);
  });

  it("carries its calendar region's bank holidays only, in its configuration: no bundle holds the three regions' table", () => {
    for (const [stem, bundle] of built.handlers) {
      const dir = dirname(bundle.entryFile);
      const chunks = existsSync(join(dir, 'chunks')) ? readdirSync(join(dir, 'chunks')).filter((file) => file.endsWith('.mjs')) : [];
      const code = [BUNDLE_ENTRY_FILE, ...chunks.map((file) => join('chunks', file))]
        .map((file) => readFileSync(join(dir, file), 'utf8'))
        .join('\n');
      expect(code.includes('northern-ireland'), stem).toBe(false);
    }
  });
});

/** The entry file and every chunk it imports statically, transitively: what a cold start reads. */
function staticallyLoaded(dir: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(dir, file), 'utf8');
    // Static imports only (`…from"./chunks/x.mjs"`); `import("./chunks/x.mjs")` loads later.
    for (const [, path] of code.matchAll(/from\s*"\.\/((?:chunks\/)?[^"]+\.mjs)"/g)) visit(join(dirname(file), path!));
  };
  visit(BUNDLE_ENTRY_FILE);
  return [...seen];
}

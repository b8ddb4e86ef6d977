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
 * nothing: they get a size of their own. Others are over the ratio for reasons named here,
 * and their budget is a ceiling on today's size (with about 2 KiB to spare) until that reason
 * goes; a ceiling is lowered when a function shrinks, and raised only with a reason written here.
 * - The pages load one language's texts when a request asks for it (i18n/load.ts: each
 *   language's page and email strings are chunks of their own), not six at init: the forms,
 *   the status page and the subject access document lost 260–320 KiB each, the
 *   confirmation page 300 KiB.
 * - zod/mini's core, 15–23 KiB, is loaded by every function that parses a request with a
 *   schema: the intake, the staff's actions and answers on behalf, the complainant's answer,
 *   the plain forms' posts, the status page's link, the record's functions and the clock
 *   step's input. It is used by every request, so it is loaded at init, not later.
 * - The complaints' storage is one adapter per port (lambdas/domain/ports.ts): the store the
 *   use cases use (complaint-repository.ts, 6 KiB), its reads alone for the functions that
 *   only show a complaint (complaint-reader.ts: the status page and its JSON, which build
 *   neither the writes nor the clocks' calendar: handlers/read-runtime.ts), the outbox's
 *   workers (outbox.ts) and the parked effects (parked-effects.ts), each loaded only by the
 *   functions that call it; the
 *   directory is read through its reader (directory-reader.ts), and only the functions that
 *   change or seed it load its writes. The plain forms' posts (the intake's and the status
 *   page's reply) render their page only when it comes back with something to fix, from a
 *   chunk loaded then: an accepted post is a 303 without a page.
 * - The functions that move a complaint (complaints entered on someone's behalf, the plain
 *   forms' posts) are compared with the DynamoDB client alone
 *   (and Secrets Manager for the intake): the outbox's two functions send the emails and start
 *   the clocks. They carry the use cases, the procedure and the levels' rules beside zod's
 *   core (20–23 KiB, the biggest part of what they add) and the store: 1.256–1.259 times their
 *   reference. What one request uses is loaded when it is used: the steps of the staff's
 *   actions with the first one recorded (use-cases/record-action/apply.ts, one lazy module,
 *   not five: each lazy boundary that shares code with init cuts what init loads into more
 *   files), the complainant's move to the next level
 *   (use-cases/respond-to-outcome/move-on.ts), an allegation's alerts, a page sent back by a
 *   plain form's post. Each request is a module of its own (parent-complaint-request.ts,
 *   agency-complaint-request.ts; schemas.ts gathers them and the answers' schemas for the
 *   OpenAPI document alone), and the requests entered on someone's behalf spell their fields
 *   out rather than z.extend and z.omit another (zod's shape merging, about 2 KiB). What the
 *   document alone says of a request (its name, its examples) is kept with the document
 *   (handlers/openapi-metadata.ts): no function loads zod's registry or the examples (about
 *   1 KiB each). An organisation that counts calendar days compiles no bank holidays in
 *   (1.7 KiB). The JSON intake, the complainant's answers and the answers recorded on their
 *   behalf are within 1.25, and so are the staff's actions, which build the one action's body
 *   they read rather than all twelve (handlers/staff-schemas.ts).
 * - The OpenAPI document describes every route with its schemas (about 95 KiB, a setting's own
 *   LADO among them), and the requests' names and examples.
 */
const CEILINGS_KIB: Readonly<Record<string, number>> = {
  health: 1,
  openapi: 96,
  'show-confirmation': 35,
  'submit-parent-form': 304,
  'submit-agency-form': 303,
  'record-complaint-on-behalf': 286,
  'record-agency-complaint-on-behalf': 286,
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

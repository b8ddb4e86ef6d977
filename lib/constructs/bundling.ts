/**
 * How a handler is bundled for Lambda, in one place for `cdk synth` (function.ts), the
 * bundle-budget test and the cold-start benchmark, so that what is measured is what ships.
 *
 * esbuild, as NodejsFunction runs it (minified ES module, source maps without sources, the
 * pinned AWS SDK bundled), plus code splitting: each language's email strings is a chunk of
 * its own (lambdas/templates/messages/load.ts imports them one at a time), so a cold start
 * loads none of them and an email loads one. NodejsFunction cannot split (it passes esbuild
 * an output file, and splitting needs an output directory), hence a bundler of our own.
 */
import { buildSync, type BuildOptions, type Metafile } from 'esbuild';
import { functionConfig, functionStaff, type OrganisationConfig } from '../config/organisation';

/** Lambda's Node.js runtime that function.ts sets; esbuild writes for that version. */
export const BUNDLE_TARGET = 'node24';

/** The entry file every function runs: `index.handler`. */
export const BUNDLE_ENTRY_FILE = 'index.mjs';

export function handlerBuildOptions(entry: string, config: OrganisationConfig, outdir: string): BuildOptions {
  return {
    entryPoints: { index: entry },
    bundle: true,
    platform: 'node',
    target: BUNDLE_TARGET,
    format: 'esm',
    outdir,
    outExtension: { '.js': '.mjs' },
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    // Some CommonJS inside the SDK calls require(); an ES module has none of its own.
    banner: { js: "import { createRequire as topLevelCreateRequire } from 'module'; const require = topLevelCreateRequire(import.meta.url);" },
    mainFields: ['module', 'main'],
    minify: true,
    sourcemap: true,
    // Stack traces need file and line, not the sources themselves: a smaller upload.
    sourcesContent: false,
    // The AWS SDK v3 we pin in package-lock.json is bundled instead of the runtime's copy,
    // which AWS updates under us: what the tests ran against is what runs in Lambda.
    external: [],
    // Lambda's environment holds 4 KB in all and a staff directory can be larger, so the
    // config is compiled in. The handlers read the same `process.env.ORG_CONFIG` expression,
    // which the embedded default sets as a real environment variable.
    // The staff are compiled in apart, into the chunk that reads them only when no directory
    // is stored (lambdas/handlers/configured-staff.ts): not loaded at a cold start.
    define: {
      'process.env.ORG_CONFIG': JSON.stringify(JSON.stringify(functionConfig(config))),
      'process.env.ORG_STAFF': JSON.stringify(JSON.stringify(functionStaff(config))),
    },
    metafile: true,
    logLevel: 'warning',
  };
}

/**
 * Bundles one handler into `outdir` (synchronously: CDK's local bundling is synchronous).
 * `nodePaths` lets an entry outside the project (the benchmark's reference handlers)
 * resolve the project's packages; it changes nothing else.
 */
export function bundleHandler(entry: string, config: OrganisationConfig, outdir: string, nodePaths: string[] = []): Metafile {
  const result = buildSync({ ...handlerBuildOptions(entry, config, outdir), nodePaths });
  return result.metafile!;
}

export interface BundleSize {
  /** What a cold start reads: the entry and every chunk it imports statically. */
  loadedBytes: number;
  /** Everything in the asset, with the chunks loaded on demand (one language's emails each). */
  totalBytes: number;
}

/** Sizes of the JavaScript of one bundle, from esbuild's metafile (source maps excluded). */
export function bundleSize(metafile: Metafile): BundleSize {
  const outputs = metafile.outputs;
  const scripts = Object.keys(outputs).filter((file) => file.endsWith('.mjs'));
  // Chunks that are only imported dynamically have an entryPoint too: the entry is ours by name.
  const entry = scripts.find((file) => file === BUNDLE_ENTRY_FILE || file.endsWith(`/${BUNDLE_ENTRY_FILE}`));
  if (!entry) throw new Error('The bundle has no entry point');
  const loaded = new Set<string>();
  const visit = (file: string) => {
    if (loaded.has(file)) return;
    loaded.add(file);
    for (const imported of outputs[file]!.imports) if (imported.kind === 'import-statement' && outputs[imported.path]) visit(imported.path);
  };
  visit(entry);
  const bytes = (files: Iterable<string>) => [...files].reduce((sum, file) => sum + outputs[file]!.bytes, 0);
  return { loadedBytes: bytes(loaded), totalBytes: bytes(scripts) };
}

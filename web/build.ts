/**
 * Builds the public pages: Vite bundles the stylesheet and the enhancement script (minified,
 * hashed names), then every page is pre-rendered in every language into `web/dist`, ready for
 * S3 (and served by `npm start` in the embedded default):
 *
 *   web/dist/index.html                      the language chooser
 *   web/dist/<lang>/{index,allegation}.html
 *   web/dist/<lang>/{parent,agency}.html     lead to the forms, which the API renders with the
 *                                            directory as it is now (/api/forms/<form>?lang=)
 *   web/dist/staff/{index,signed-in,complaints,complaint}.html   the staff console (English)
 *   web/dist/config.json                     how staff sign in: the local demo sign-in here;
 *                                            in AWS the web construct deploys Cognito's instead
 *   web/dist/assets/*.{css,js}
 *
 * It also records the hashed names in lambdas/templates/site/generated/assets.ts, for the pages the API
 * renders (a form with its errors, the confirmation, the complainant's status page).
 *
 * Usage: tsx web/build.ts [--config config/example-organisation.json] [--out web/dist]
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { parseOrganisationConfig, type OrganisationConfig } from '../lib/config/organisation';
import { LANGUAGES } from '../lambdas/domain/language';
import { pageText } from '../lambdas/templates/site/i18n';
import { renderAllegation } from '../lambdas/templates/site/pages/allegation';
import { renderFormMoved, renderParentForm } from '../lambdas/templates/site/pages/complaint-form';
import { renderHome } from '../lambdas/templates/site/pages/home';
import { renderLanguageChooser } from '../lambdas/templates/site/pages/language-chooser';
import { siteFromOrganisation, type SiteAssets } from '../lambdas/templates/site/pages/site';
import { CONSOLE_CONFIG_PATH, STAFF_PAGES, type ConsoleConfig, type PageName, type StaffPage } from '../lambdas/templates/site/paths';
import { renderStaffPage } from './src/staff/pages';

const WEB_DIR = path.dirname(fileURLToPath(import.meta.url));
const SOURCE_DIR = path.join(WEB_DIR, 'src');
export const DEFAULT_OUT_DIR = path.join(WEB_DIR, 'dist');
export const DEFAULT_CONFIG_FILE = path.join(WEB_DIR, '..', 'config', 'example-organisation.json');
/** Read by the Lambdas that render pages: beside those pages, which web/ never reaches into. */
const GENERATED_ASSETS = path.join(WEB_DIR, '..', 'lambdas', 'templates', 'site', 'generated', 'assets.ts');

const ENTRIES = {
  site: path.join(SOURCE_DIR, 'client', 'main.ts'),
  staff: path.join(SOURCE_DIR, 'client', 'staff.ts'),
  styles: path.join(SOURCE_DIR, 'styles', 'site.css'),
};

export interface BuildOptions {
  configFile?: string;
  outDir?: string;
  /** No Vite output. */
  quiet?: boolean;
  /** How staff sign in; the embedded default's local sign-in unless told otherwise. */
  consoleConfig?: ConsoleConfig;
}

export interface TransferSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface BuildReport {
  outDir: string;
  pages: string[];
  assets: SiteAssets;
  /** What a browser downloads for the parent's form: the page, the stylesheet, the script. */
  parentForm: TransferSize[];
}

export async function buildWeb(options: BuildOptions = {}): Promise<BuildReport> {
  const outDir = path.resolve(options.outDir ?? DEFAULT_OUT_DIR);
  const config = readConfig(options.configFile ?? DEFAULT_CONFIG_FILE);
  const assets = await bundleAssets(outDir, options.quiet ?? false);
  recordAssets(assets);

  const site = siteFromOrganisation(config, assets);
  // The forms are the API's (they list the directory as it is now): their files only lead there.
  const renderers: Record<PageName, (lang: (typeof LANGUAGES)[number]) => string> = {
    index: (lang) => renderHome({ lang, site }),
    parent: (lang) => renderFormMoved('parent', pageText(lang), { site }),
    agency: (lang) => renderFormMoved('agency', pageText(lang), { site }),
    allegation: (lang) => renderAllegation({ lang, site }),
  };
  const pages = ['index.html'];
  writeFileSync(path.join(outDir, 'index.html'), renderLanguageChooser({ site }));
  for (const lang of LANGUAGES) {
    mkdirSync(path.join(outDir, lang), { recursive: true });
    for (const [page, render] of Object.entries(renderers)) {
      writeFileSync(path.join(outDir, lang, `${page}.html`), render(lang));
      pages.push(`${lang}/${page}.html`);
    }
  }
  mkdirSync(path.join(outDir, 'staff'), { recursive: true });
  for (const page of Object.keys(STAFF_PAGES) as StaffPage[]) {
    writeFileSync(path.join(outDir, STAFF_PAGES[page]), renderStaffPage(site, page));
    pages.push(STAFF_PAGES[page].slice(1));
  }
  writeFileSync(path.join(outDir, CONSOLE_CONFIG_PATH), `${JSON.stringify(options.consoleConfig ?? { signIn: 'local' })}\n`);
  // The form as the API renders it, with the configuration's settings and staff.
  const parentForm = [
    sizeOf('/api/forms/parent?lang=en', Buffer.from(renderParentForm(pageText('en'), { site }))),
    ...[assets.css, assets.js].map((file) => transferSize(outDir, file)),
  ];
  return { outDir, pages, assets, parentForm };
}

function readConfig(file: string): OrganisationConfig {
  return parseOrganisationConfig(JSON.parse(readFileSync(file, 'utf8')), file);
}

/**
 * Two builds, so that the public pages' script shares no chunk with the console's: a parent's
 * form loads one small script, with nothing of the console in it or in front of it.
 */
async function bundleAssets(outDir: string, quiet: boolean): Promise<SiteAssets> {
  const publicFiles = await bundle(outDir, quiet, { site: ENTRIES.site, styles: ENTRIES.styles }, true);
  const staffFiles = await bundle(outDir, quiet, { staff: ENTRIES.staff }, false);
  return { css: publicFiles(ENTRIES.styles), js: publicFiles(ENTRIES.site), staffJs: staffFiles(ENTRIES.staff) };
}

async function bundle(outDir: string, quiet: boolean, input: Record<string, string>, emptyOutDir: boolean) {
  await build({
    configFile: false,
    root: SOURCE_DIR,
    publicDir: false,
    logLevel: quiet ? 'silent' : 'warn',
    build: {
      outDir,
      emptyOutDir,
      assetsDir: 'assets',
      manifest: 'manifest.json',
      // No inline polyfill: the Content-Security-Policy forbids inline scripts.
      modulePreload: false,
      // Old phones: anything that cannot run this still gets the plain form.
      target: 'es2019',
      // Browsers with logical properties (margin-inline-start), which RTL relies on; lowering
      // them for older ones would repeat every rule for each right-to-left language.
      cssTarget: ['chrome87', 'edge88', 'firefox78', 'safari14'],
      reportCompressedSize: false,
      rolldownOptions: { input },
    },
  });
  const manifestFile = path.join(outDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, { file: string; css?: string[] }>;
  rmSync(manifestFile);
  return (entry: string) => {
    const key = path.relative(SOURCE_DIR, entry).split(path.sep).join('/');
    const found = manifest[key];
    if (!found) throw new Error(`Vite built no ${key}`);
    return `/${found.file}`;
  };
}

/** Rewritten only when the names change, so an unchanged build leaves the tree clean. */
function recordAssets(assets: SiteAssets): void {
  const source = `// Written by web/build.ts: the built stylesheet and script, for pages the API renders.\nexport const ASSETS = ${JSON.stringify(assets, null, 2).replace(/"/g, "'")} as const;\n`;
  if (existsSync(GENERATED_ASSETS) && readFileSync(GENERATED_ASSETS, 'utf8') === source) return;
  mkdirSync(path.dirname(GENERATED_ASSETS), { recursive: true });
  writeFileSync(GENERATED_ASSETS, source);
}

function transferSize(outDir: string, file: string): TransferSize {
  return sizeOf(file, readFileSync(path.join(outDir, file.replace(/^\//, ''))));
}

function sizeOf(file: string, content: Buffer): TransferSize {
  return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const report = await buildWeb({ configFile: argument('--config'), outDir: argument('--out') });
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  process.stdout.write(`Built ${report.pages.length} pages in ${path.relative(process.cwd(), report.outDir)}\n`);
  process.stdout.write('The parent form downloads (gzip / raw):\n');
  for (const item of report.parentForm) process.stdout.write(`  ${item.file}: ${kb(item.gzipBytes)} / ${kb(item.bytes)}\n`);
  const total = report.parentForm.reduce((sum, item) => ({ gzip: sum.gzip + item.gzipBytes, raw: sum.raw + item.bytes }), { gzip: 0, raw: 0 });
  process.stdout.write(`  total: ${kb(total.gzip)} / ${kb(total.raw)}\n`);
}

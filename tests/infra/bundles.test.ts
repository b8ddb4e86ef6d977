/**
 * The one test file that really bundles, as `npx cdk synth` does: every function through
 * esbuild, CDK's CloudFormation validation and cdk-nag on. Slow (tens of seconds), so the
 * other files skip bundling.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ComplaintsStack } from '../../lib/complaints-stack';
import { exampleConfig } from './helpers/synth';

interface Bundle {
  logicalId: string;
  directory: string;
  /** The entry, index.mjs. */
  code: string;
  /** Every script of the asset: the entry and its chunks (bundling.ts splits them out). */
  allCode: string;
  codeBytes: number;
  mapBytes: number;
}

const KIB = 1024;

describe('App: bundles (a real synth, as `npx cdk synth`)', () => {
  let outdir: string;
  let bundles: Bundle[];
  let validationReport: { pluginReports: Array<{ pluginName: string; violations: unknown[] }> };
  let synthSeconds: number;

  beforeAll(() => {
    // Prepare
    outdir = mkdtempSync(join(tmpdir(), 'complaints-synth-'));
    const started = performance.now();

    // Act: each function bundles as it is constructed, so the clock starts before the stack.
    const app = new App({ outdir });
    const stack = new ComplaintsStack(app, 'Complaints', { config: exampleConfig() });
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
    const assembly = app.synth();
    synthSeconds = (performance.now() - started) / 1000;

    const template = assembly.getStackByName(stack.stackName).template as {
      Resources: Record<string, { Type: string; Properties: { Code: { S3Key: string } } }>;
    };
    bundles = Object.entries(template.Resources)
      // CDK's own BucketDeployment handler (web.ts) and trigger provider (directory-seed.ts) ship
      // their own code, not one of our bundles.
      .filter(
        ([logicalId, resource]) =>
          resource.Type === 'AWS::Lambda::Function' &&
          !logicalId.startsWith('CustomCDKBucketDeployment') &&
          !logicalId.startsWith('AWSCDKTriggerCustomResourceProvider'),
      )
      .map(([logicalId, resource]) => {
        // The asset's zip is named by its hash, and so is its staged directory.
        const directory = join(outdir, `asset.${resource.Properties.Code.S3Key.replace(/\.zip$/, '')}`);
        return {
          logicalId,
          directory,
          code: readFileSync(join(directory, 'index.mjs'), 'utf8'),
          allCode: readdirSync(directory, { recursive: true, encoding: 'utf8' })
            .filter((file) => file.endsWith('.mjs'))
            .map((file) => readFileSync(join(directory, file), 'utf8'))
            .join('\n'),
          codeBytes: statSync(join(directory, 'index.mjs')).size,
          mapBytes: statSync(join(directory, 'index.mjs.map')).size,
        };
      });
    validationReport = JSON.parse(readFileSync(join(outdir, 'validation-report.json'), 'utf8'));
    console.info(
      `synth with bundling: ${synthSeconds.toFixed(1)} s; bundles (index.mjs / .map, KiB):\n` +
        bundles.map((b) => `  ${b.logicalId}: ${Math.round(b.codeBytes / KIB)} / ${Math.round(b.mapBytes / KIB)}`).join('\n'),
    );
  }, 300_000);

  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  it('bundles every function as a minified ES module entry (with its chunks) and source maps', () => {
    // Assess
    expect(bundles.length).toBeGreaterThan(2);
    for (const bundle of bundles) {
      expect(bundle.code.startsWith('import { createRequire as topLevelCreateRequire }'), bundle.logicalId).toBe(true);
      expect(bundle.code, bundle.logicalId).toMatch(/export\s*\{[^}]*as handler/);
      expect(bundle.mapBytes, bundle.logicalId).toBeGreaterThan(0);
      expect(bundle.codeBytes, bundle.logicalId).toBeLessThan(5 * KIB * KIB);
    }
  });

  it('bundles the pinned AWS SDK rather than importing the runtime copy', () => {
    for (const bundle of bundles) expect(bundle.allCode, bundle.logicalId).not.toMatch(/from\s*["']@aws-sdk\//);
  });

  it('compiles the organisation config in where it is read: no bundle leaves process.env.ORG_CONFIG', () => {
    const config = exampleConfig();
    const withConfig = bundles.filter((bundle) => bundle.allCode.includes(config.senderEmail));
    expect(withConfig.length).toBeGreaterThan(0);
    for (const bundle of bundles) expect(bundle.allCode, bundle.logicalId).not.toContain('process.env.ORG_CONFIG');
  });

  it("passes cdk-nag and CDK's CloudFormation validation, as `cdk synth` runs them", () => {
    // app.synth() throws when a validation plugin fails; CloudFormation's own findings are
    // only warnings, and there must be none of those either. A clean plugin leaves no report.
    const findings = validationReport.pluginReports.flatMap((report) => report.violations.map((v) => ({ plugin: report.pluginName, ...(v as object) })));
    expect(findings).toEqual([]);
  });

  it('runs the bundled clock step with no ORG_CONFIG variable: it finds the config compiled in', async () => {
    // Prepare: DynamoDB at a closed port, so the step gets as far as its first read.
    const clockStep = bundles.find((bundle) => bundle.logicalId.startsWith('ClockStep'))!;
    const script = `
      const { handler } = await import(${JSON.stringify(pathToFileURL(join(clockStep.directory, 'index.mjs')).href)});
      try { await handler({ step: 'open', complaintId: 'ABCD-EFGH', level: 'keyPerson' }); console.log('{"outcome":"ok"}'); }
      catch (error) { console.log(JSON.stringify({ outcome: error.name, message: String(error.message) })); }`;
    // Act
    const output = await new Promise<string>((resolve) => {
      const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
        env: {
          PATH: process.env.PATH,
          TABLE_NAME: 'complaints',
          AWS_REGION: 'eu-west-2',
          AWS_ACCESS_KEY_ID: 'test',
          AWS_SECRET_ACCESS_KEY: 'test',
          AWS_ENDPOINT_URL_DYNAMODB: 'http://127.0.0.1:9',
          AWS_MAX_ATTEMPTS: '1',
          AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
          LOG_LEVEL: 'SILENT',
        },
      });
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.on('close', () => resolve(stdout));
    });
    // Assess: it failed at DynamoDB, not at reading its configuration.
    const result = JSON.parse(output.trim().split('\n').pop()!) as { outcome: string; message?: string };
    expect(result.message ?? '').not.toMatch(/ORG_CONFIG|TABLE_NAME/);
    expect(result.outcome).not.toBe('ZodError');
    expect(result.message).toMatch(/ECONNREFUSED|connect/i);
  });
});

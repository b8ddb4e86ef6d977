/**
 * The CDK app, synthesized in this process, for the definitions the embedded runtime runs:
 * the table and the state machines come from the very template `cdk deploy` would use.
 * Bundling and CDK's CloudFormation validation are skipped: neither changes the template's
 * table or state machines, and together they cost many seconds.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { App } from 'aws-cdk-lib';
import type { OrganisationConfig } from '../lib/config/organisation';
import { ComplaintsStack } from '../lib/complaints-stack';

export function synthesizeTemplate(config: OrganisationConfig): unknown {
  const outdir = mkdtempSync(path.join(tmpdir(), 'complaints-synth-'));
  try {
    const app = new App({
      outdir,
      context: { 'aws:cdk:bundling-stacks': [] },
      builtinCloudFormationValidation: false,
    });
    const stack = new ComplaintsStack(app, 'Complaints', { config });
    return app.synth().getStackByName(stack.stackName).template as unknown;
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

/**
 * Every stack `cdk deploy --all` deploys for one organisation, synthesized here without
 * bundling: the complaints stack, and the web firewall's stack in us-east-1 when the
 * configuration creates one. The fixed costs are counted over all of them, so a web ACL that
 * lives in the other region is not left out of the month.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { App } from 'aws-cdk-lib';
import { addOrganisationStacks } from '../../lib/app';
import type { OrganisationConfig } from '../../lib/config/organisation';

export function synthesizeOrganisation(config: OrganisationConfig): unknown[] {
  const outdir = mkdtempSync(path.join(tmpdir(), 'complaints-bench-synth-'));
  try {
    const app = new App({ outdir, context: { 'aws:cdk:bundling-stacks': [] }, builtinCloudFormationValidation: false });
    const { complaints, edge } = addOrganisationStacks(app, config);
    const assembly = app.synth();
    return [complaints, ...(edge ? [edge] : [])].map((stack) => assembly.getStackByName(stack.stackName).template as unknown);
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

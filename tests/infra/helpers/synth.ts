/**
 * Synthesis helpers for the infra tests. Tests synthesize once per file (in beforeAll) and
 * skip bundling unless they are about the bundles: `'aws:cdk:bundling-stacks': []`.
 */
import { readFileSync } from 'node:fs';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { parseOrganisationConfig, type OrganisationConfig } from '../../../lib/config/organisation';
import { ComplaintsStack } from '../../../lib/complaints-stack';

export const EXAMPLE_CONFIG_FILE = new URL('../../../config/example-organisation.json', import.meta.url);

export function exampleConfig(): OrganisationConfig {
  return parseOrganisationConfig(JSON.parse(readFileSync(EXAMPLE_CONFIG_FILE, 'utf8')));
}

/**
 * An App that neither bundles nor runs CDK's built-in CloudFormation validation (about ten
 * seconds a synth): assertions on the template need neither. One test runs both.
 */
export function appWithoutBundling(): App {
  return new App({ context: { 'aws:cdk:bundling-stacks': [] }, builtinCloudFormationValidation: false });
}

/** A bare stack for testing one construct on its own. */
export function bareStack(): Stack {
  return new Stack(appWithoutBundling(), 'Bare');
}

export function synthComplaintsStack(config: OrganisationConfig = exampleConfig(), app: App = appWithoutBundling()) {
  const stack = new ComplaintsStack(app, 'Complaints', { config });
  return { app, stack, template: Template.fromStack(stack) };
}

// --- Reading IAM out of a template -------------------------------------------------------

type Json = Record<string, unknown>;

export interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
  Condition?: Json;
}

export function actionsOf(statement: Statement): string[] {
  return Array.isArray(statement.Action) ? statement.Action : [statement.Action];
}

export function resourcesOf(statement: Statement): unknown[] {
  return Array.isArray(statement.Resource) ? statement.Resource : [statement.Resource];
}

/** The logical id of the Lambda function whose logical id starts with `prefix`. */
export function functionLogicalId(template: Template, prefix: string): string {
  const ids = Object.keys(template.findResources('AWS::Lambda::Function')).filter((id) => id.startsWith(prefix));
  if (ids.length !== 1) throw new Error(`expected one function starting with ${prefix}, found ${ids.join(', ') || 'none'}`);
  return ids[0]!;
}

/** Every statement of every IAM policy attached to the role a function runs as. */
export function statementsOfFunction(template: Template, functionId: string): Statement[] {
  const fn = template.toJSON().Resources[functionId] as { Properties: { Role: { 'Fn::GetAtt': [string, string] } } };
  const roleId = fn.Properties.Role['Fn::GetAtt'][0];
  return statementsOfRole(template, roleId);
}

export function statementsOfRole(template: Template, roleId: string): Statement[] {
  const role = template.toJSON().Resources[roleId] as { Properties: { ManagedPolicyArns?: unknown[]; Policies?: unknown[] } };
  if (role.Properties.ManagedPolicyArns?.length || role.Properties.Policies?.length) {
    throw new Error(`role ${roleId} has managed or inline policies: read them too`);
  }
  const policies = Object.values(template.findResources('AWS::IAM::Policy')) as Array<{
    Properties: { Roles: Array<{ Ref: string }>; PolicyDocument: { Statement: Statement[] } };
  }>;
  return policies
    .filter((policy) => policy.Properties.Roles.some((r) => r.Ref === roleId))
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement);
}

export function allowedActions(statements: Statement[]): Set<string> {
  return new Set(statements.filter((s) => s.Effect === 'Allow').flatMap(actionsOf));
}

/** A resource reference, flattened to a string for matching (`{"Fn::GetAtt":["X","Arn"]}` → `X.Arn`). */
export function describeResource(resource: unknown): string {
  if (typeof resource === 'string') return resource;
  const value = resource as Json;
  if (value['Fn::GetAtt']) return (value['Fn::GetAtt'] as string[]).join('.');
  if (value.Ref) return `Ref:${value.Ref as string}`;
  if (value['Fn::Join']) {
    const [separator, parts] = value['Fn::Join'] as [string, unknown[]];
    return parts.map(describeResource).join(separator);
  }
  return JSON.stringify(resource);
}

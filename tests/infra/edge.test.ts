/**
 * The edge: CloudFront is the only way in. The API's execute-api address is switched off
 * (it has a custom domain name, which CloudFront uses as its origin), and a web ACL of
 * CLOUDFRONT scope, in its own stack in us-east-1, holds a rate-based rule per client address
 * and AWS's managed common rules; the distribution names it. Both stacks pass cdk-nag.
 */
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { addOrganisationStacks, DEFAULT_REGION, type OrganisationStacks } from '../../lib/app';
import type { OrganisationConfig } from '../../lib/config/organisation';
import { COUNTED_MANAGED_RULES } from '../../lib/constructs/edge-firewall';
import { EDGE_REGION } from '../../lib/edge-stack';
import { appWithoutBundling, exampleConfig } from './helpers/synth';

function withEdge(edge: Partial<OrganisationConfig['edge']>): OrganisationConfig {
  const config = exampleConfig();
  return { ...config, edge: { ...config.edge, ...edge } };
}

describe('App: the edge (web firewall and the API behind CloudFront only)', () => {
  let stacks: OrganisationStacks;
  let complaints: Template;
  let edge: Template;

  beforeAll(() => {
    // Prepare & Act: the example organisation, as `cdk synth` builds it.
    stacks = addOrganisationStacks(appWithoutBundling(), exampleConfig());
    complaints = Template.fromStack(stacks.complaints);
    edge = Template.fromStack(stacks.edge!);
  });

  it("switches the API's own execute-api address off, and maps its custom domain name (TLS 1.2) to the stage", () => {
    expect(exampleConfig().edge.apiDomainName).toBeDefined();
    complaints.hasResourceProperties('AWS::ApiGatewayV2::Api', { DisableExecuteApiEndpoint: true });
    complaints.hasResourceProperties('AWS::ApiGatewayV2::DomainName', {
      DomainName: exampleConfig().edge.apiDomainName,
      DomainNameConfigurations: [Match.objectLike({ EndpointType: 'REGIONAL', SecurityPolicy: 'TLS_1_2' })],
    });
    complaints.resourceCountIs('AWS::ApiGatewayV2::ApiMapping', 1);
    complaints.hasResourceProperties('AWS::CertificateManager::Certificate', {
      DomainName: exampleConfig().edge.apiDomainName,
      ValidationMethod: 'DNS',
    });
  });

  it('sends /api/* to the custom domain name, never to the execute-api address', () => {
    const distribution = complaints.findResources('AWS::CloudFront::Distribution');
    const [config] = Object.values(distribution).map((resource) => resource.Properties.DistributionConfig);
    const origins = (config.Origins as { DomainName: unknown }[]).map((origin) => JSON.stringify(origin.DomainName));
    expect(origins).toContain(JSON.stringify(exampleConfig().edge.apiDomainName));
    expect(origins.join()).not.toContain('ApiEndpoint');
    complaints.hasOutput('ApiDomainTarget', { Value: { 'Fn::GetAtt': [Match.stringLikeRegexp('DomainName'), 'RegionalDomainName'] } });
  });

  it('puts the web ACL in its own stack in us-east-1, with CLOUDFRONT scope, and the distribution names it', () => {
    expect(stacks.edge!.region).toBe(EDGE_REGION);
    expect(stacks.complaints.region).toBe(DEFAULT_REGION);
    edge.resourceCountIs('AWS::WAFv2::WebACL', 1);
    edge.hasResourceProperties('AWS::WAFv2::WebACL', { Scope: 'CLOUDFRONT', DefaultAction: { Allow: {} } });
    complaints.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({ WebACLId: Match.anyValue() }),
    });
    // The ARN crosses regions through CDK's reader, not as a literal.
    expect(JSON.stringify(complaints.toJSON())).toContain('CrossRegionExportReader');
  });

  it('blocks a client address over its rate: one rule over every request, a tighter one over complaint posts', () => {
    const [acl] = Object.values(edge.findResources('AWS::WAFv2::WebACL'));
    const rules = acl!.Properties.Rules as { Name: string; Action?: unknown; Statement: Record<string, any> }[];
    const rate = (name: string) => rules.find((rule) => rule.Name === name)!;
    expect(rate('RequestsPerClient').Statement.RateBasedStatement).toMatchObject({ AggregateKeyType: 'IP', Limit: 1_000, EvaluationWindowSec: 300 });
    expect(rate('RequestsPerClient').Action).toEqual({ Block: {} });
    const posts = rate('ComplaintPostsPerClient');
    expect(posts.Statement.RateBasedStatement).toMatchObject({ AggregateKeyType: 'IP', Limit: 20 });
    expect(JSON.stringify(posts.Statement.RateBasedStatement.ScopeDownStatement)).toContain('POST');
    expect(posts.Action).toEqual({ Block: {} });
  });

  it("runs AWS's managed common rule set, counting only its 8 KB body rule (a complaint may be longer)", () => {
    const [acl] = Object.values(edge.findResources('AWS::WAFv2::WebACL'));
    const managed = (acl!.Properties.Rules as { Statement: Record<string, any>; OverrideAction?: unknown }[]).find(
      (rule) => rule.Statement.ManagedRuleGroupStatement,
    )!;
    expect(managed.Statement.ManagedRuleGroupStatement).toMatchObject({ VendorName: 'AWS', Name: 'AWSManagedRulesCommonRuleSet' });
    expect(managed.Statement.ManagedRuleGroupStatement.RuleActionOverrides).toEqual(
      COUNTED_MANAGED_RULES.map((name) => ({ Name: name, ActionToUse: { Count: {} } })),
    );
    expect(managed.OverrideAction).toEqual({ None: {} });
  });

  it('takes its limits from the configuration', () => {
    const custom = addOrganisationStacks(appWithoutBundling(), withEdge({ requestsPerFiveMinutes: 5_000, complaintPostsPerFiveMinutes: 50 }));
    const rules = Object.values(Template.fromStack(custom.edge!).findResources('AWS::WAFv2::WebACL'))[0]!.Properties.Rules as {
      Statement: { RateBasedStatement?: { Limit: number } };
    }[];
    expect(rules.flatMap((rule) => (rule.Statement.RateBasedStatement ? [rule.Statement.RateBasedStatement.Limit] : [])).sort()).toEqual([50, 5_000].sort());
  });

  it('with webAcl "none" makes no edge stack and no web ACL; with an ARN, the distribution names that one', () => {
    const none = addOrganisationStacks(appWithoutBundling(), withEdge({ webAcl: 'none' }));
    expect(none.edge).toBeUndefined();
    Template.fromStack(none.complaints).hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({ WebACLId: Match.absent() }),
    });
    const arn = 'arn:aws:wafv2:us-east-1:000000000000:global/webacl/existing/00000000-0000-0000-0000-000000000000';
    const existing = addOrganisationStacks(appWithoutBundling(), withEdge({ webAcl: arn }));
    expect(existing.edge).toBeUndefined();
    Template.fromStack(existing.complaints).hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({ WebACLId: arn }),
    });
  });

  it('without an API domain name, keeps the default endpoint and says so at synth', () => {
    const config = exampleConfig();
    const { apiDomainName: _none, ...edgeWithoutDomain } = config.edge;
    const open = addOrganisationStacks(appWithoutBundling(), { ...config, edge: edgeWithoutDomain });
    Template.fromStack(open.complaints).hasResourceProperties('AWS::ApiGatewayV2::Api', { DisableExecuteApiEndpoint: false });
    const warnings = Annotations.fromStack(open.complaints).findWarning('*', Match.stringLikeRegexp('execute-api address stays open'));
    expect(warnings).toHaveLength(1);
  });

  it('passes cdk-nag on both stacks, every finding acknowledged with a reason', () => {
    for (const stack of [stacks.complaints, stacks.edge!]) {
      const report = new AwsSolutionsChecks().validateScope(stack);
      const findings = report.violations.map((v) => `${v.severity} ${v.ruleName}: ${v.violatingResources.map((r) => r.constructPath).join(', ')}`);
      expect(findings, stack.stackName).toEqual([]);
    }
  });
});

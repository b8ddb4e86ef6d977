/**
 * The web firewall in front of the distribution: an AWS WAF web ACL of CLOUDFRONT scope
 * (so it lives in us-east-1, in its own small stack: lib/edge-stack.ts) with
 *
 * - a rate-based rule per client address over every request, so one client cannot crowd
 *   out every parent (the API stage's throttling is one limit shared by all);
 * - a tighter one over the posts that take complaints in;
 * - AWS's managed common rule set, with its 8 KB body-size rule only counted: a complaint
 *   in Arabic or Urdu is many times that, and the API checks sizes itself.
 *
 * No WAF logging: a log would hold every client's address and the status links' tokens.
 */
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';

export interface EdgeFirewallProps {
  /** Requests per client address in any 5 minutes, over everything (pages, assets, API). */
  requestsPerFiveMinutes: number;
  /** Posts per client address in any 5 minutes to the complaint forms and intake API. */
  complaintPostsPerFiveMinutes: number;
}

export const DEFAULT_EDGE_LIMITS: EdgeFirewallProps = {
  requestsPerFiveMinutes: 1_000,
  complaintPostsPerFiveMinutes: 20,
};

/** The managed rule set's rule that blocks bodies over 8 KB: counted, not blocking. */
export const COUNTED_MANAGED_RULES = ['SizeRestrictions_BODY'] as const;

export class EdgeFirewall extends Construct {
  public readonly webAcl: wafv2.CfnWebACL;

  constructor(scope: Construct, id: string, props: EdgeFirewallProps = DEFAULT_EDGE_LIMITS) {
    super(scope, id);
    const visibility = (metricName: string) => ({
      cloudWatchMetricsEnabled: true,
      metricName,
      sampledRequestsEnabled: false,
    });
    const intakePosts: wafv2.CfnWebACL.StatementProperty = {
      andStatement: {
        statements: [
          { byteMatchStatement: method('POST') },
          {
            regexMatchStatement: {
              regexString: '^/api/(complaints|forms)/(parent|agency)$',
              fieldToMatch: { uriPath: {} },
              textTransformations: [{ priority: 0, type: 'NONE' }],
            },
          },
        ],
      },
    };

    this.webAcl = new wafv2.CfnWebACL(this, 'WebAcl', {
      description: 'Complaints: rate limits per client address and AWS managed common rules',
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      visibilityConfig: visibility('ComplaintsEdge'),
      rules: [
        {
          name: 'ComplaintPostsPerClient',
          priority: 0,
          action: { block: {} },
          statement: {
            rateBasedStatement: {
              limit: props.complaintPostsPerFiveMinutes,
              evaluationWindowSec: 300,
              aggregateKeyType: 'IP',
              scopeDownStatement: intakePosts,
            },
          },
          visibilityConfig: visibility('ComplaintPostsPerClient'),
        },
        {
          name: 'RequestsPerClient',
          priority: 1,
          action: { block: {} },
          statement: {
            rateBasedStatement: { limit: props.requestsPerFiveMinutes, evaluationWindowSec: 300, aggregateKeyType: 'IP' },
          },
          visibilityConfig: visibility('RequestsPerClient'),
        },
        {
          name: 'AwsCommonRules',
          priority: 2,
          overrideAction: { none: {} },
          statement: {
            managedRuleGroupStatement: {
              vendorName: 'AWS',
              name: 'AWSManagedRulesCommonRuleSet',
              ruleActionOverrides: COUNTED_MANAGED_RULES.map((name) => ({ name, actionToUse: { count: {} } })),
            },
          },
          visibilityConfig: visibility('AwsCommonRules'),
        },
      ],
    });
  }
}

function method(name: string): wafv2.CfnWebACL.ByteMatchStatementProperty {
  return {
    searchString: name,
    fieldToMatch: { method: {} },
    positionalConstraint: 'EXACTLY',
    textTransformations: [{ priority: 0, type: 'NONE' }],
  };
}

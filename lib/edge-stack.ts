/**
 * The web firewall of one organisation's distribution. A web ACL for CloudFront must live in
 * us-east-1, whatever region the service runs in, so it has this stack of its own there; the
 * complaints stack reads its ARN through CDK's cross-region references.
 */
import { Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { EdgeFirewall, type EdgeFirewallProps } from './constructs/edge-firewall';

/** CloudFront reads web ACLs from here only. */
export const EDGE_REGION = 'us-east-1';

export interface EdgeStackProps extends StackProps {
  limits: EdgeFirewallProps;
}

export class EdgeStack extends Stack {
  public readonly firewall: EdgeFirewall;
  /** The web ACL's ARN, for the distribution. */
  public readonly webAclArn: string;

  constructor(scope: Construct, id: string, props: EdgeStackProps) {
    super(scope, id, {
      description: 'Web firewall (AWS WAF) of the complaints service: rate limits per client and managed rules',
      ...props,
    });
    this.firewall = new EdgeFirewall(this, 'Firewall', props.limits);
    this.webAclArn = this.firewall.webAcl.attrArn;
  }
}

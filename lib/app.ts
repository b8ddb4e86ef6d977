/**
 * The stacks of one organisation: the complaints stack, and, when the configuration asks the
 * stack to create a web firewall (`edge.webAcl: "create"`, the default), the small stack in
 * us-east-1 that holds it (CloudFront reads web ACLs from there only), wired by CDK's
 * cross-region references.
 */
import type { App, Environment } from 'aws-cdk-lib';
import type { OrganisationConfig } from './config/organisation';
import { ComplaintsStack } from './complaints-stack';
import { EDGE_REGION, EdgeStack } from './edge-stack';

/** Where the service runs when the deploying credentials name no region: London, so complaints stay in the UK. */
export const DEFAULT_REGION = 'eu-west-2';

export interface OrganisationStacks {
  complaints: ComplaintsStack;
  edge?: EdgeStack;
}

export function addOrganisationStacks(
  app: App,
  config: OrganisationConfig,
  options: { env?: Environment; webAssets?: string } = {},
): OrganisationStacks {
  const { webAcl, requestsPerFiveMinutes, complaintPostsPerFiveMinutes } = config.edge;
  // A cross-region reference needs both regions known at synth.
  const env = { ...options.env, region: options.env?.region ?? DEFAULT_REGION };
  const edge =
    webAcl === 'create'
      ? new EdgeStack(app, `ComplaintsEdge-${config.id}`, {
          env: { ...env, region: EDGE_REGION },
          crossRegionReferences: true,
          limits: { requestsPerFiveMinutes, complaintPostsPerFiveMinutes },
        })
      : undefined;
  const webAclArn = edge ? edge.webAclArn : webAcl === 'none' ? undefined : webAcl;
  const complaints = new ComplaintsStack(app, `Complaints-${config.id}`, {
    config,
    env,
    crossRegionReferences: edge !== undefined,
    ...(options.webAssets ? { webAssets: options.webAssets } : {}),
    ...(webAclArn ? { webAclArn } : {}),
  });
  if (edge) complaints.addDependency(edge);
  return { complaints, ...(edge ? { edge } : {}) };
}

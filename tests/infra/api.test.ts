import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Stack } from 'aws-cdk-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROUTES as ALL_ROUTES, type RouteDefinition } from '../../lambdas/handlers/functions';
import { Api, DEFAULT_THROTTLE } from '../../lib/constructs/api';
import { Notifications } from '../../lib/constructs/notifications';
import { Storage } from '../../lib/constructs/storage';
import { bareStack, exampleConfig, synthComplaintsStack } from './helpers/synth';

const READS = { table: 'read', email: false, workflows: false } as const;

const ROUTES: RouteDefinition[] = [
  { operationId: 'health', method: 'GET', path: '/health', handler: 'health', access: 'public', needs: { ...READS, table: 'none' }, summary: 'Liveness' },
  { operationId: 'getComplaintStatus', method: 'GET', path: '/status/{reference}', handler: 'get-complaint-status', access: 'complainant', needs: READS, summary: 'Status' },
  { operationId: 'listComplaints', method: 'GET', path: '/staff/complaints', handler: 'list-complaints', access: 'staff', needs: READS, summary: 'Staff list' },
];

function apiIn(stack: Stack, withAuthorizer: boolean): Api {
  const config = exampleConfig();
  const { table } = new Storage(stack, 'Storage');
  const notifications = new Notifications(stack, 'Notifications', { senderEmail: config.senderEmail });
  const machine = (id: string) =>
    new sfn.StateMachine(stack, id, { definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(stack, `${id}Pass`)) });
  return new Api(stack, 'Api', {
    routes: ROUTES,
    config,
    services: { table, notifications, stateMachines: { parent: machine('Parent'), agency: machine('Agency') } },
    ...(withAuthorizer
      ? { staffAuthorizer: new HttpJwtAuthorizer('Staff', 'https://issuer.example.org', { jwtAudience: ['staff-console'] }) }
      : {}),
  });
}

describe('Construct: Api', () => {
  let withoutAuthorizer: { stack: Stack; api: Api; template: Template };
  let withAuthorizer: { template: Template };

  beforeAll(() => {
    // Prepare & Act: the same routes, before and after the auth construct exists.
    const stack = bareStack();
    const api = apiIn(stack, false);
    withoutAuthorizer = { stack, api, template: Template.fromStack(stack) };
    const authorized = bareStack();
    apiIn(authorized, true);
    withAuthorizer = { template: Template.fromStack(authorized) };
  });

  it('is an HTTP API with no CORS: the web pages share its origin through CloudFront', () => {
    // Assess
    withoutAuthorizer.template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      ProtocolType: 'HTTP',
      CorsConfiguration: Match.absent(),
    });
  });

  it('makes one function per open route, and leaves staff routes out (with a warning) until there is an authorizer', () => {
    const { template, api, stack } = withoutAuthorizer;
    expect(Object.keys(api.functions).sort()).toEqual(['getComplaintStatus', 'health']);
    expect(api.routesWithoutAuthorizer.map((route) => route.operationId)).toEqual(['listComplaints']);
    const routeKeys = Object.values(template.findResources('AWS::ApiGatewayV2::Route')).map((r) => r.Properties.RouteKey);
    expect(routeKeys.sort()).toEqual(['GET /health', 'GET /status/{reference}']);
    template.allResourcesProperties('AWS::ApiGatewayV2::Route', { AuthorizationType: 'NONE' });
    Annotations.fromStack(stack).hasWarning('/Bare/Api', Match.stringLikeRegexp('GET /staff/complaints'));
  });

  it('puts the staff JWT authorizer on staff routes, and only on them', () => {
    const routes = Object.values(withAuthorizer.template.findResources('AWS::ApiGatewayV2::Route')).map((r) => r.Properties);
    expect(routes.find((r) => r.RouteKey === 'GET /staff/complaints')).toMatchObject({ AuthorizationType: 'JWT' });
    expect(routes.filter((r) => r.RouteKey !== 'GET /staff/complaints').map((r) => r.AuthorizationType)).toEqual(['NONE', 'NONE']);
  });

  it('throttles the $default stage, and the open routes (spam targets) harder', () => {
    withoutAuthorizer.template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: {
        ThrottlingRateLimit: DEFAULT_THROTTLE.default.rateLimit,
        ThrottlingBurstLimit: DEFAULT_THROTTLE.default.burstLimit,
      },
      RouteSettings: {
        'GET /health': { ThrottlingRateLimit: DEFAULT_THROTTLE.public.rateLimit, ThrottlingBurstLimit: DEFAULT_THROTTLE.public.burstLimit },
        'GET /status/{reference}': { ThrottlingRateLimit: DEFAULT_THROTTLE.public.rateLimit, ThrottlingBurstLimit: DEFAULT_THROTTLE.public.burstLimit },
      },
    });
    expect(DEFAULT_THROTTLE.public.rateLimit).toBeLessThan(DEFAULT_THROTTLE.default.rateLimit!);
  });

  it('logs access as JSON without personal data: no IP address, user agent, path or query string', () => {
    const [stage] = Object.values(withoutAuthorizer.template.findResources('AWS::ApiGatewayV2::Stage'));
    const format = JSON.parse(stage!.Properties.AccessLogSettings.Format as string) as Record<string, string>;
    expect(format).toMatchObject({ requestId: '$context.requestId', route: '$context.routeKey', status: '$context.status' });
    const variables = Object.values(format).join(' ');
    expect(variables).not.toMatch(/sourceIp|userAgent|identity|\$context\.path|querystring|authorizer|claims/i);
    withoutAuthorizer.template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 365 });
  });
});

describe('Construct: StaffAuth', () => {
  it('guards every staff route with the Cognito JWT authorizer and leaves no staff route open', async () => {
    // Prepare
    const { template } = synthComplaintsStack();
    const authorizers = template.findResources('AWS::ApiGatewayV2::Authorizer');
    const [authorizerId] = Object.keys(authorizers);
    // Act
    const routes = Object.values(template.findResources('AWS::ApiGatewayV2::Route')).map(
      (r) => r.Properties as { RouteKey: string; AuthorizationType: string; AuthorizerId?: { Ref: string } },
    );
    const guarded = (r: { RouteKey: string }) => r.RouteKey.includes(' /staff/') || r.RouteKey.includes(' /admin/');
    const staffRoutes = routes.filter(guarded);
    // Assess
    expect(Object.values(authorizers)[0]?.Properties).toMatchObject({ AuthorizerType: 'JWT' });
    // Every staff route of functions.ts: the console's, letters and on-behalf (issue 8), parked effects (issue 9), the administrators' (issue 12), the record's (issue 10).
    expect(staffRoutes.length).toBe(ALL_ROUTES.filter((route) => route.access === 'staff').length);
    for (const route of staffRoutes) {
      expect(route.AuthorizationType, route.RouteKey).toBe('JWT');
      expect(route.AuthorizerId, route.RouteKey).toEqual({ Ref: authorizerId });
    }
    for (const route of routes.filter((r) => !guarded(r))) expect(route.AuthorizationType).toBe('NONE');
  });

  it('requires MFA, allows no self sign-up, and has a group per role', async () => {
    const { template } = synthComplaintsStack();
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      MfaConfiguration: 'ON',
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
    });
    const groups = Object.values(template.findResources('AWS::Cognito::UserPoolGroup')).map(
      (g) => (g.Properties as { GroupName: string }).GroupName,
    );
    expect(groups.sort()).toEqual(['administrator', 'keyPerson', 'lineManager', 'owner', 'safeguardingLead', 'settingManager']);
  });

  it('sends staff back to real pages of the console, and with a sign-in domain publishes Cognito’s settings as /config.json', async () => {
    // Prepare
    const { template } = synthComplaintsStack({ ...exampleConfig(), staffSignInDomainPrefix: 'acorn-staff' });

    // Assess: pages that exist in the bucket (a folder has no index there but at the root)
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      CallbackURLs: ['https://complaints.acorn-early-years.example.org/staff/signed-in.html'],
      LogoutURLs: ['https://complaints.acorn-early-years.example.org/staff/index.html'],
    });
    template.hasResourceProperties('AWS::Cognito::UserPoolDomain', { Domain: 'acorn-staff' });
    const configDeployment = Object.values(template.findResources('Custom::CDKBucketDeployment')).find(
      (resource) => JSON.stringify(resource).includes('/config.json'),
    );
    const [clientId] = Object.keys(template.findResources('AWS::Cognito::UserPoolClient'));
    const markers = JSON.stringify((configDeployment?.Properties as { SourceMarkers?: unknown }).SourceMarkers);
    expect(markers).toContain(`{"Ref":"${clientId}"}`);
    expect(markers).toContain('{"Ref":"AWS::Region"}');
  });
});

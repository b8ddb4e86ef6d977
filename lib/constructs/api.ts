/**
 * The HTTP API: one function per route of functions.ts, each granted exactly what its
 * `needs` say. The web pages will sit on the same origin under /api/ behind CloudFront, so
 * there is no CORS configuration: a browser never calls this API cross-origin.
 */
import { Annotations, Duration, Fn, Validations } from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import type { Access, RouteDefinition } from '../../lambdas/handlers/functions';
import type { OrganisationConfig } from '../config/organisation';
import { ComplaintsFunction, type FunctionServices } from './function';

export interface ApiThrottle {
  /** Every route, unless below. */
  default: apigwv2.ThrottleSettings;
  /** The unauthenticated routes: the public forms are the obvious spam target. */
  public: apigwv2.ThrottleSettings;
}

/**
 * A nursery receives a handful of complaints a month; a few a second is already abuse.
 * The stage-wide default leaves room for the staff console that the next issue adds.
 */
export const DEFAULT_THROTTLE: ApiThrottle = {
  default: { rateLimit: 20, burstLimit: 40 },
  public: { rateLimit: 2, burstLimit: 10 },
};

export interface ApiProps {
  routes: readonly RouteDefinition[];
  config: OrganisationConfig;
  services: FunctionServices;
  /**
   * The JWT authorizer for `access: 'staff'` routes, from the auth construct (Cognito, next
   * issue). Until there is one, the staff routes are left out with a warning: a staff route
   * is never deployed without authentication in front of it.
   */
  staffAuthorizer?: apigwv2.IHttpRouteAuthorizer;
  /** @default DEFAULT_THROTTLE */
  throttle?: ApiThrottle;
}

export class Api extends Construct {
  public readonly httpApi: apigwv2.HttpApi;
  public readonly stage: apigwv2.HttpStage;
  /** The base URL, ending in `/`. */
  public readonly url: string;
  /** One function per route, by operationId. */
  public readonly functions: Readonly<Record<string, ComplaintsFunction>>;
  public readonly accessLogs: logs.LogGroup;
  /** Staff routes left out for want of an authorizer. */
  public readonly routesWithoutAuthorizer: readonly RouteDefinition[];
  /** The API's custom domain name, when the configuration gives one. */
  public readonly domainName?: apigwv2.DomainName;
  /** Where CloudFront sends /api/*: the custom domain name, or else the execute-api host. */
  public readonly originDomainName: string;
  /** Signs the public forms' timing tokens (spam-check.ts): generated at deploy, read by the form routes. */
  public readonly formTokenKey: secretsmanager.Secret;

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    const throttle = props.throttle ?? DEFAULT_THROTTLE;

    const { apiDomainName } = props.config.edge;
    this.httpApi = new apigwv2.HttpApi(this, 'HttpApi', {
      description: `Complaints procedure of ${props.config.name}`,
      // Our own $default stage below, with throttling and access logs.
      createDefaultStage: false,
      // CloudFront is the only way in (docs/deploy.md, "The edge"): API Gateway can switch its
      // execute-api address off only for an API with a custom domain name.
      disableExecuteApiEndpoint: apiDomainName !== undefined,
    });
    if (apiDomainName) {
      const certificate = new acm.Certificate(this, 'Certificate', {
        domainName: apiDomainName,
        validation: acm.CertificateValidation.fromDns(),
      });
      this.domainName = new apigwv2.DomainName(this, 'DomainName', {
        domainName: apiDomainName,
        certificate,
        securityPolicy: apigwv2.SecurityPolicy.TLS_1_2,
      });
      this.originDomainName = apiDomainName;
    } else {
      Annotations.of(this).addWarningV2(
        'complaints:api-default-endpoint-open',
        "No edge.apiDomainName: the API's execute-api address stays open, and requests there skip CloudFront and its " +
          'web firewall. Set edge.apiDomainName (docs/deploy.md, "The edge").',
      );
      this.originDomainName = Fn.select(2, Fn.split('/', this.httpApi.apiEndpoint));
    }

    this.formTokenKey = new secretsmanager.Secret(this, 'FormTokenKey', {
      description: 'Signs the timing tokens of the public complaint forms',
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
    });
    Validations.of(this.formTokenKey).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'A random key that signs form timing tokens good for a day, and nothing else: no person or system logs in ' +
        'with it. Replace it by hand (a new value) if it is ever exposed; forms then ask for fresh tokens.',
    });
    const services: FunctionServices = { ...props.services, formTokenKey: this.formTokenKey };
    const functions: Record<string, ComplaintsFunction> = {};
    const routes: apigwv2.HttpRoute[] = [];
    const routeSettings: Record<string, { ThrottlingRateLimit?: number; ThrottlingBurstLimit?: number }> = {};

    const { staffAuthorizer } = props;
    this.routesWithoutAuthorizer = staffAuthorizer ? [] : props.routes.filter((route) => route.access === 'staff');
    if (this.routesWithoutAuthorizer.length > 0) {
      Annotations.of(this).addWarningV2(
        'complaints:staff-routes-need-authorizer',
        `No staff authorizer yet, so these staff routes are not deployed: ` +
          this.routesWithoutAuthorizer.map((route) => `${route.method} ${route.path}`).join(', '),
      );
    }

    for (const route of props.routes) {
      if (this.routesWithoutAuthorizer.includes(route)) continue;
      const fn = new ComplaintsFunction(this, pascalCase(route.operationId), {
        stem: route.handler,
        description: route.summary,
        config: props.config,
        // Below the HTTP API's 30-second integration limit, so a slow call ends in the
        // function (whose outbox keeps what it could not finish), not at the gateway.
        timeout: Duration.seconds(25),
      }).bindNeeds(route.needs, services);
      functions[route.operationId] = fn;

      const added = this.httpApi.addRoutes({
        path: route.path,
        methods: [apigwv2.HttpMethod[route.method]],
        integration: new HttpLambdaIntegration(`${pascalCase(route.operationId)}Integration`, fn),
        // The staff JWT authorizer (Cognito, next issue) goes on staff routes; the open
        // routes say so explicitly.
        authorizer: route.access === 'staff' && staffAuthorizer ? staffAuthorizer : new apigwv2.HttpNoneAuthorizer(),
      });
      for (const httpRoute of added) {
        routes.push(httpRoute);
        if (route.access !== 'staff') {
          Validations.of(httpRoute).acknowledge({ id: 'AwsSolutions-APIG4', reason: OPEN_ROUTE_REASONS[route.access] });
          routeSettings[`${route.method} ${route.path}`] = {
            ThrottlingRateLimit: throttle.public.rateLimit,
            ThrottlingBurstLimit: throttle.public.burstLimit,
          };
        }
      }
    }
    this.functions = functions;

    // No IP address, user agent, path parameters or query string: an IP address is personal
    // data, and nothing here would use it (abuse is met by throttling, and by WAF on the
    // CloudFront distribution to come). The route key names the operation without the ids
    // in the path; status and latencies are what operations need.
    this.accessLogs = new logs.LogGroup(this, 'AccessLogs', { retention: logs.RetentionDays.ONE_YEAR });
    this.stage = new apigwv2.HttpStage(this, 'DefaultStage', {
      httpApi: this.httpApi,
      stageName: '$default',
      autoDeploy: true,
      ...(this.domainName ? { domainMapping: { domainName: this.domainName } } : {}),
      throttle: throttle.default,
      accessLogSettings: {
        destination: new apigwv2.LogGroupLogDestination(this.accessLogs),
        // HTTP API context variables (the AccessLogField helpers are REST API flavoured).
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            time: '$context.requestTime',
            route: '$context.routeKey',
            status: '$context.status',
            responseLength: '$context.responseLength',
            latency: '$context.responseLatency',
            integrationStatus: '$context.integrationStatus',
            integrationLatency: '$context.integrationLatency',
            integrationError: '$context.integrationErrorMessage',
            error: '$context.error.message',
          }),
        ),
      },
    });
    // Tighter limits per open route. Route settings name routes by key, so the routes must
    // exist before the stage that names them.
    const cfnStage = this.stage.node.defaultChild as apigwv2.CfnStage;
    cfnStage.routeSettings = routeSettings;
    for (const route of routes) this.stage.node.addDependency(route);

    this.url = apiDomainName ? `https://${apiDomainName}/` : this.stage.url;
  }
}

/** Why each kind of open route has no API Gateway authorizer (cdk-nag AwsSolutions-APIG4). */
const OPEN_ROUTE_REASONS: Record<Exclude<Access, 'staff'>, string> = {
  public:
    'Public by design: the complaint forms (anyone may complain, with no account), liveness and ' +
    'the API description. Requests are validated field by field and throttled per route.',
  complainant:
    "Complainants have no accounts: the handler checks the status token from the complainant's " +
    'email link against its stored hash.',
};

function pascalCase(operationId: string): string {
  return operationId.charAt(0).toUpperCase() + operationId.slice(1);
}

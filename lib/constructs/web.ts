/**
 * The public pages and the staff console: static files in a private S3 bucket behind
 * CloudFront, with the API on the same origin under /api/ (so no CORS), and the security
 * headers of web/security-headers.ts on every answer.
 */
import { existsSync } from 'node:fs';
import { Duration, RemovalPolicy, Stack, Token, Validations } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { HSTS_MAX_AGE_SECONDS, SECURITY_HEADERS } from '../../web/security-headers';
import { CONSOLE_CONFIG_PATH } from '../../lambdas/templates/site/paths';

export interface WebProps {
  /** The built pages (web/dist, from `npm run build:web`). */
  pagesDir: string;
  /** Where CloudFront sends /api/* (the API's custom domain name: api.ts `originDomainName`). */
  apiOriginDomainName: string;
  /** The web ACL (CLOUDFRONT scope, us-east-1) in front of everything; none when absent. */
  webAclArn?: string;
  /**
   * How staff sign in to the console, published as /config.json (the build's own, the local
   * demo sign-in, is never deployed). Values may be tokens: they are resolved at deployment.
   */
  consoleConfig?: Record<string, string>;
}

export class Web extends Construct {
  public readonly distribution: cloudfront.Distribution;
  public readonly bucket: s3.Bucket;
  public readonly url: string;

  constructor(scope: Construct, id: string, props: WebProps) {
    super(scope, id);
    if (!existsSync(props.pagesDir)) {
      throw new Error(`The pages in ${props.pagesDir} were never built: run \`npm run build:web\` first`);
    }

    const logs = new s3.Bucket(this, 'AccessLogs', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      lifecycleRules: [{ expiration: Duration.days(365) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(logs).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'This is the access-log bucket itself; logging it to itself would loop.',
    });

    this.bucket = new s3.Bucket(this, 'Pages', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      serverAccessLogsBucket: logs,
      serverAccessLogsPrefix: 'pages/',
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const headers = new cloudfront.ResponseHeadersPolicy(this, 'SecurityHeaders', {
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy: SECURITY_HEADERS['content-security-policy']!, override: true },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.seconds(HSTS_MAX_AGE_SECONDS),
          includeSubdomains: true,
          override: true,
        },
        frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: cloudfront.HeadersReferrerPolicy.NO_REFERRER, override: true },
        contentTypeOptions: { override: true },
      },
      customHeadersBehavior: {
        customHeaders: [
          { header: 'permissions-policy', value: SECURITY_HEADERS['permissions-policy']!, override: true },
          { header: 'cross-origin-opener-policy', value: SECURITY_HEADERS['cross-origin-opener-policy']!, override: true },
        ],
      },
    });

    // The API's routes have no /api prefix: it is the pages' origin that puts them there.
    const stripApiPrefix = new cloudfront.Function(this, 'StripApiPrefix', {
      runtime: cloudfront.FunctionRuntime.JS_2_0,
      code: cloudfront.FunctionCode.fromInline(
        'function handler(event) { var r = event.request; r.uri = r.uri.replace(/^\\/api(?=\\/|$)/, "") || "/"; return r; }',
      ),
    });

    this.distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: 'Complaints: public pages, staff console and API',
      ...(props.webAclArn ? { webAclId: props.webAclArn } : {}),
      defaultRootObject: 'index.html',
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      // No standard logs: they always record the query string, and a complainant's status
      // link carries its token there. The API's access log records requests without it.
      enableLogging: false,
      defaultBehavior: {
        origin: origins.S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        responseHeadersPolicy: headers,
        cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
      },
      additionalBehaviors: {
        '/api/*': {
          origin: new origins.HttpOrigin(props.apiOriginDomainName, { protocolPolicy: cloudfront.OriginProtocolPolicy.HTTPS_ONLY }),
          viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
          cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
          originRequestPolicy: cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicy: headers,
          functionAssociations: [{ function: stripApiPrefix, eventType: cloudfront.FunctionEventType.VIEWER_REQUEST }],
        },
      },
    });
    this.url = `https://${this.distribution.distributionDomainName}`;
    Validations.of(this.distribution).acknowledge({
      id: 'AwsSolutions-CFR3',
      reason:
        "CloudFront's standard logs always record query strings, and the complainant's private status link " +
        'carries its token there; requests are logged by the API stage without query strings instead.',
    });
    Validations.of(this.distribution).acknowledge({
      id: 'AwsSolutions-CFR1',
      reason: 'Families and agencies may write from abroad (holidays, cross-border agencies): no geo restriction.',
    });
    if (!props.webAclArn) {
      Validations.of(this.distribution).acknowledge({
        id: 'AwsSolutions-CFR2',
        reason:
          'The organisation chose edge.webAcl "none" (a web ACL costs about $8 a month); the API stage throttles every ' +
          'route and the forms carry a signed timing token and a honeypot. docs/deploy.md, "The edge".',
      });
    }
    Validations.of(this.distribution).acknowledge({
      id: 'AwsSolutions-CFR4',
      reason:
        'The default *.cloudfront.net certificate cannot pin a minimum TLS version; an organisation adding its own ' +
        'domain and certificate should set minimumProtocolVersion TLS_V1_2_2021 with it (docs/deploy.md).',
    });

    // Hashed assets never change under their name; pages are checked on every visit, so a
    // deployment reaches everyone at once.
    const caching = [
      { include: 'assets/*', cacheControl: 'public, max-age=31536000, immutable' },
      { include: '*.html', cacheControl: 'no-cache' },
    ];
    caching.forEach(
      ({ include, cacheControl }, index) =>
        void new s3deploy.BucketDeployment(this, `Deploy${index}`, {
          sources: [s3deploy.Source.asset(props.pagesDir)],
          destinationBucket: this.bucket,
          exclude: ['*'],
          include: [include],
          prune: false,
          cacheControl: [s3deploy.CacheControl.fromString(cacheControl)],
          distribution: this.distribution,
          distributionPaths: ['/*'],
          memoryLimit: 512,
        }),
    );
    new s3deploy.BucketDeployment(this, 'ConsoleConfig', {
      sources: [s3deploy.Source.jsonData(CONSOLE_CONFIG_PATH.slice(1), props.consoleConfig ?? { signIn: 'none' })],
      destinationBucket: this.bucket,
      prune: false,
      cacheControl: [s3deploy.CacheControl.fromString('no-cache')],
      distribution: this.distribution,
      distributionPaths: [CONSOLE_CONFIG_PATH],
      memoryLimit: 512,
    });
    acknowledgeDeploymentHandler(this, this.bucket);
  }
}

/**
 * BucketDeployment's handler is CDK's own singleton function, created at the stack's top
 * level: its findings are acknowledged there, one by one, so that any new one still fails.
 */
function acknowledgeDeploymentHandler(scope: Construct, bucket: s3.Bucket): void {
  const handler = Stack.of(scope).node.children.find((child) => child.node.id.startsWith('Custom::CDKBucketDeployment'));
  if (!handler) return;
  const stack = Stack.of(scope);
  const pagesBucket = stack.getLogicalId(bucket.node.defaultChild as s3.CfnBucket);
  // cdk-nag names a finding after the resource as synthesized: a concrete region or account
  // (from the deploying credentials) appears literally, an unresolved one as a placeholder.
  const region = Token.isUnresolved(stack.region) ? '<AWS::Region>' : stack.region;
  const account = Token.isUnresolved(stack.account) ? '<AWS::AccountId>' : stack.account;
  const copies =
    "CDK's BucketDeployment handler copies the built pages from CDK's asset bucket into the pages bucket and " +
    'invalidates the distribution, only while deploying.';
  const findings: Record<string, string> = {
    'AwsSolutions-L1': "CDK's BucketDeployment handler pins its own runtime; it runs only while deploying.",
    'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]':
      "CDK's BucketDeployment handler writes its own logs with the basic execution role.",
    'AwsSolutions-IAM5[Action::s3:GetObject*]': copies,
    'AwsSolutions-IAM5[Action::s3:GetBucket*]': copies,
    'AwsSolutions-IAM5[Action::s3:List*]': copies,
    'AwsSolutions-IAM5[Action::s3:DeleteObject*]': copies,
    'AwsSolutions-IAM5[Action::s3:Abort*]': copies,
    [`AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-${account}-${region}/*]`]: copies,
    [`AwsSolutions-IAM5[Resource::<${pagesBucket}.Arn>/*]`]: copies,
    'AwsSolutions-IAM5[Resource::*]': 'CloudFront invalidations support no resource-level permissions.',
  };
  for (const [id, reason] of Object.entries(findings)) Validations.of(handler).acknowledge({ id, reason });
}

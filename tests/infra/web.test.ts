import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Web } from '../../lib/constructs/web';
import { CONTENT_SECURITY_POLICY } from '../../web/security-headers';
import { bareStack } from './helpers/synth';

const API_DOMAIN = 'api.complaints.example.org';

describe('Construct: Web', () => {
  const pagesDir = mkdtempSync(path.join(tmpdir(), 'web-pages-'));
  let stack: Stack;
  let template: Template;

  beforeAll(() => {
    // Prepare
    mkdirSync(path.join(pagesDir, 'assets'));
    writeFileSync(path.join(pagesDir, 'index.html'), '<!doctype html><title>x</title>');
    writeFileSync(path.join(pagesDir, 'assets', 'site-abc.css'), 'body{}');
    stack = bareStack();
    // Act
    new Web(stack, 'Web', { pagesDir, apiOriginDomainName: API_DOMAIN });
    template = Template.fromStack(stack);
  });

  afterAll(() => rmSync(pagesDir, { recursive: true, force: true }));

  it('keeps the bucket private: CloudFront reads it through origin access control', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
    });
    template.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
  });

  it('sends the security headers: CSP without unsafe-inline, HSTS, frame denial, referrer policy', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    template.hasResourceProperties('AWS::CloudFront::ResponseHeadersPolicy', {
      ResponseHeadersPolicyConfig: Match.objectLike({
        SecurityHeadersConfig: {
          ContentSecurityPolicy: { ContentSecurityPolicy: CONTENT_SECURITY_POLICY, Override: true },
          StrictTransportSecurity: Match.objectLike({ AccessControlMaxAgeSec: 63_072_000, IncludeSubdomains: true }),
          FrameOptions: { FrameOption: 'DENY', Override: true },
          ReferrerPolicy: { ReferrerPolicy: 'no-referrer', Override: true },
          ContentTypeOptions: { Override: true },
        },
      }),
    });
  });

  it('serves the API on the same origin under /api/, uncached, with every method, and the headers on it too', () => {
    template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        DefaultRootObject: 'index.html',
        CacheBehaviors: [
          Match.objectLike({
            PathPattern: '/api/*',
            AllowedMethods: ['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE'],
            ViewerProtocolPolicy: 'https-only',
            ResponseHeadersPolicyId: Match.anyValue(),
            FunctionAssociations: [Match.objectLike({ EventType: 'viewer-request' })],
          }),
        ],
      }),
    });
  });

  it("reaches the API at its own domain name (its execute-api address is switched off: api.ts)", () => {
    const [distribution] = Object.values(template.findResources('AWS::CloudFront::Distribution'));
    const origins = distribution!.Properties.DistributionConfig.Origins as { DomainName: unknown; CustomOriginConfig?: { OriginProtocolPolicy: string } }[];
    expect(origins.find((origin) => origin.DomainName === API_DOMAIN)?.CustomOriginConfig?.OriginProtocolPolicy).toBe('https-only');
  });

  it('drops /api from the path before the API sees it', () => {
    const [fn] = Object.values(template.findResources('AWS::CloudFront::Function')) as { Properties: { FunctionCode: string } }[];
    const handler = new Function(`${fn!.Properties.FunctionCode}; return handler;`)() as (event: unknown) => { uri: string };
    expect(handler({ request: { uri: '/api/forms/parent' } }).uri).toBe('/forms/parent');
    expect(handler({ request: { uri: '/api' } }).uri).toBe('/');
    expect(handler({ request: { uri: '/apiary/x' } }).uri).toBe('/apiary/x');
  });

  it('caches hashed assets for a year and checks pages every time', () => {
    template.hasResourceProperties('Custom::CDKBucketDeployment', { Include: ['assets/*'], SystemMetadata: { 'cache-control': 'public, max-age=31536000, immutable' } });
    template.hasResourceProperties('Custom::CDKBucketDeployment', { Include: ['*.html'], SystemMetadata: { 'cache-control': 'no-cache' } });
  });

  it('refuses to deploy pages that were never built', () => {
    expect(() => new Web(bareStack(), 'Web', { pagesDir: path.join(pagesDir, 'missing'), apiOriginDomainName: API_DOMAIN })).toThrow(
      /npm run build:web/,
    );
  });

  it('cdk-nag: no unacknowledged finding in the construct', () => {
    const report = new AwsSolutionsChecks().validateScope(stack);
    const findings = report.violations
      // The bare stack's own HttpApi is the Api construct's business.
      .filter((v) => v.violatingResources.some((r) => !r.constructPath?.includes('/HttpApi/')))
      .map((v) => `${v.severity} ${v.ruleName}: ${v.violatingResources.map((r) => r.constructPath).join(', ')}`);
    expect(findings).toEqual([]);
  });
});

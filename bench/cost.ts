/**
 * What the system costs in AWS (eu-west-2, London), from the counts this benchmark measured
 * (state transitions, clock-step invocations and emails per lifecycle; items per intake
 * transaction) and the resources the synthesized stack holds (alarms, keys, web ACLs), at
 * the prices below. What is not measured is an assumption, named in ASSUMPTIONS and printed
 * with the table, so the reader can redo the sum with their own.
 */
import type { LifecycleCount } from './transitions';

/** Prices as used (USD). Where a London figure was not found on the page it is marked. */
export const PRICES = {
  readOn: '2026-11-30',
  stepFunctionsPerTransition: { usd: 0.025 / 1000, source: 'aws.amazon.com/step-functions/pricing — Europe (London) $0.0250 per 1,000 state transitions' },
  lambdaPerGbSecondArm: { usd: 0.0000133334, source: 'aws.amazon.com/lambda/pricing — Arm, first 6 billion GB-s/month (the figure used for London)' },
  lambdaPerRequest: { usd: 0.2 / 1_000_000, source: 'aws.amazon.com/lambda/pricing — $0.20 per million requests' },
  httpApiPerRequest: { usd: 1.11 / 1_000_000, source: 'aws.amazon.com/api-gateway/pricing — HTTP APIs, first 300 million, the figure used for London' },
  dynamoDbPerWriteUnit: { usd: 0.7425 / 1_000_000, source: 'aws.amazon.com/dynamodb/pricing/on-demand — on-demand write request units, the figure used for London' },
  dynamoDbPerReadUnit: { usd: 0.1485 / 1_000_000, source: 'aws.amazon.com/dynamodb/pricing/on-demand — on-demand read request units, the figure used for London' },
  sesPerEmail: { usd: 0.1 / 1000, source: 'aws.amazon.com/ses/pricing — $0.10 per 1,000 outbound emails' },
  kmsPerRequest: { usd: 0.03 / 10_000, source: 'aws.amazon.com/kms/pricing — $0.03 per 10,000 requests' },
  kmsKeyPerMonth: { usd: 1, source: 'aws.amazon.com/kms/pricing — $1 per customer managed key per month' },
  alarmPerMonth: { usd: 0.1, source: 'aws.amazon.com/cloudwatch/pricing — $0.10 per standard-resolution alarm metric per month' },
  wafWebAclPerMonth: { usd: 5, source: 'aws.amazon.com/waf/pricing — $5 per web ACL per month' },
  wafRulePerMonth: { usd: 1, source: 'aws.amazon.com/waf/pricing — $1 per rule per month' },
  wafPerRequest: { usd: 0.6 / 1_000_000, source: 'aws.amazon.com/waf/pricing — $0.60 per million requests' },
  cloudFrontPerRequest: { usd: 0.012 / 10_000, source: 'aws.amazon.com/cloudfront/pricing — HTTPS requests, Europe, $0.0120 per 10,000 (the always-free tier covers 10 million a month)' },
} as const;

/** What is not measured here, per complaint lifecycle. */
export const ASSUMPTIONS = {
  /** Pages and API calls by people (the complainant's status page, staff reading and acting). */
  apiRequests: { typical: 15, worst: 40 },
  /** Pages and assets through CloudFront per complaint (forms, status page, console). */
  cloudFrontRequests: { typical: 30, worst: 80 },
  /** Average billed duration of one function invocation at FUNCTION_MEMORY_MB. */
  invocationSeconds: 0.15,
  /** A clock step reads the complaint and its clocks and writes the clock (one transaction). */
  readUnitsPerStep: 3,
  writeUnitsPerStep: 6,
  /** An API call that reads, and the share of API calls that write (a transaction of ~4 items). */
  readUnitsPerRequest: 3,
  writingShareOfRequests: 0.2,
  writeUnitsPerWritingRequest: 8,
  /** Emails outside the clock steps: the acknowledgement, the staff notice, the outcome. */
  emailsBesideClocks: 3,
  /** KMS: DynamoDB asks KMS for the table key at most about once per invocation (an upper bound). */
  kmsRequestsPerInvocation: 1,
};

export interface LifecycleCost {
  name: string;
  kind: 'typical' | 'worst';
  usd: number;
  parts: Record<string, number>;
}

/** `webAcl`: a web firewall inspects every request through CloudFront, at its own price per request. */
export function lifecycleCost(count: LifecycleCount, intakeWriteUnits: number, memoryMb: number, options: { webAcl: boolean }): LifecycleCost {
  const kind = count.lifecycle.kind;
  const requests = ASSUMPTIONS.apiRequests[kind];
  const invocations = count.invocations + requests;
  const gbSeconds = invocations * ASSUMPTIONS.invocationSeconds * (memoryMb / 1024);
  const readUnits = count.invocations * ASSUMPTIONS.readUnitsPerStep + requests * ASSUMPTIONS.readUnitsPerRequest;
  const writeUnits =
    intakeWriteUnits + count.invocations * ASSUMPTIONS.writeUnitsPerStep + requests * ASSUMPTIONS.writingShareOfRequests * ASSUMPTIONS.writeUnitsPerWritingRequest;
  const parts = {
    'Step Functions': count.transitions * PRICES.stepFunctionsPerTransition.usd,
    Lambda: invocations * PRICES.lambdaPerRequest.usd + gbSeconds * PRICES.lambdaPerGbSecondArm.usd,
    'HTTP API': requests * PRICES.httpApiPerRequest.usd,
    DynamoDB: readUnits * PRICES.dynamoDbPerReadUnit.usd + writeUnits * PRICES.dynamoDbPerWriteUnit.usd,
    SES: (count.emails + ASSUMPTIONS.emailsBesideClocks) * PRICES.sesPerEmail.usd,
    KMS: invocations * ASSUMPTIONS.kmsRequestsPerInvocation * PRICES.kmsPerRequest.usd,
    CloudFront: ASSUMPTIONS.cloudFrontRequests[kind] * PRICES.cloudFrontPerRequest.usd,
    WAF: options.webAcl ? ASSUMPTIONS.cloudFrontRequests[kind] * PRICES.wafPerRequest.usd : 0,
  };
  return { name: count.lifecycle.name, kind, usd: Object.values(parts).reduce((a, b) => a + b, 0), parts };
}

export interface FixedCosts {
  alarms: number;
  kmsKeys: number;
  webAcls: number;
  wafRules: number;
  usdPerMonth: number;
  wafUsdPerMonth: number;
}

/** Fixed monthly costs from what the synthesized stacks hold (the complaints stack and the edge stack). */
export function fixedCosts(templates: readonly unknown[]): FixedCosts {
  type Resource = { Type: string; Properties?: { Rules?: unknown[] } };
  const resources = templates.flatMap((template) => Object.values((template as { Resources?: Record<string, Resource> }).Resources ?? {}));
  const count = (type: string) => resources.filter((resource) => resource.Type === type).length;
  const alarms = count('AWS::CloudWatch::Alarm');
  const kmsKeys = count('AWS::KMS::Key');
  const acls = resources.filter((resource) => resource.Type === 'AWS::WAFv2::WebACL');
  const wafRules = acls.reduce((sum, acl) => sum + (acl.Properties?.Rules?.length ?? 0), 0);
  const wafUsdPerMonth = acls.length * PRICES.wafWebAclPerMonth.usd + wafRules * PRICES.wafRulePerMonth.usd;
  return {
    alarms,
    kmsKeys,
    webAcls: acls.length,
    wafRules,
    wafUsdPerMonth,
    usdPerMonth: alarms * PRICES.alarmPerMonth.usd + kmsKeys * PRICES.kmsKeyPerMonth.usd + wafUsdPerMonth,
  };
}

/** An organisation's month at `perYear` complaints, nine in ten typical and one in ten worst. */
export function monthlyCost(perYear: number, typical: LifecycleCost[], worst: LifecycleCost[], fixed: FixedCosts): number {
  const mean = (list: LifecycleCost[]) => list.reduce((sum, cost) => sum + cost.usd, 0) / Math.max(1, list.length);
  const perComplaint = 0.9 * mean(typical) + 0.1 * mean(worst);
  return (perYear / 12) * perComplaint + fixed.usdPerMonth;
}

import { Match, Template } from 'aws-cdk-lib/assertions';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { beforeAll, describe, expect, it } from 'vitest';
import { INDEXES } from '../../lambdas/adapters/dynamodb/table-design';
import { ComplaintsFunction } from '../../lib/constructs/function';
import { Notifications } from '../../lib/constructs/notifications';
import { Storage } from '../../lib/constructs/storage';
import {
  actionsOf,
  allowedActions,
  bareStack,
  describeResource,
  exampleConfig,
  functionLogicalId,
  resourcesOf,
  statementsOfFunction,
} from './helpers/synth';

describe('Construct: ComplaintsFunction', () => {
  let template: Template;

  beforeAll(() => {
    // Prepare: one function per kind of binding, beside the resources they bind to.
    const stack = bareStack();
    const config = exampleConfig();
    const { table } = new Storage(stack, 'Storage');
    const notifications = new Notifications(stack, 'Notifications', { senderEmail: config.senderEmail });
    const machine = (id: string) =>
      new sfn.StateMachine(stack, id, { definitionBody: sfn.DefinitionBody.fromChainable(new sfn.Pass(stack, `${id}Pass`)) });
    const stateMachines = { parent: machine('Parent'), agency: machine('Agency') };
    const make = (id: string, { publicSite = true } = {}) =>
      new ComplaintsFunction(stack, id, {
        stem: 'clock-step',
        description: id,
        config: { ...config, publicBaseUrl: publicSite ? config.publicBaseUrl : undefined },
      });

    // Act
    make('Bare', { publicSite: false });
    make('Reader').bindTable(table, 'read');
    make('Writer').bindTable(table, 'readWrite');
    make('Mailer').bindEmail(notifications);
    make('Starter').bindWorkflows(stateMachines);
    template = Template.fromStack(stack);
  });

  const statementsOf = (prefix: string) => statementsOfFunction(template, functionLogicalId(template, prefix));
  const environmentOf = (prefix: string): Record<string, unknown> =>
    (template.toJSON().Resources[functionLogicalId(template, prefix)].Properties.Environment?.Variables ?? {}) as Record<string, unknown>;

  it('runs on Node.js 24 on arm64, traced, with 512 MB and its own log group kept a year', () => {
    // Assess
    const id = functionLogicalId(template, 'Bare');
    const fn = template.toJSON().Resources[id].Properties;
    expect(fn).toMatchObject({ Runtime: 'nodejs24.x', Architectures: ['arm64'], MemorySize: 512, TracingConfig: { Mode: 'Active' } });
    expect(fn.Timeout).toBeGreaterThanOrEqual(10);
    expect(fn.Timeout).toBeLessThanOrEqual(30);
    expect(fn.Handler).toBe('index.handler');
    const logGroupId = fn.LoggingConfig.LogGroup.Ref as string;
    template.hasResource('AWS::Logs::LogGroup', { Properties: { RetentionInDays: 365 } });
    expect(template.toJSON().Resources[logGroupId].Properties.RetentionInDays).toBe(365);
  });

  it('sets the log level and source-map variables, and no ORG_CONFIG variable (it is compiled in: 4 KB limit)', () => {
    expect(environmentOf('Bare')).toEqual({
      LOG_LEVEL: 'INFO',
      NODE_OPTIONS: '--enable-source-maps',
    });
    expect(environmentOf('Reader')).toMatchObject({ PUBLIC_BASE_URL: exampleConfig().publicBaseUrl });
  });

  it('runs as its own role with no managed policy, writing logs to its own log group only', () => {
    const role = Object.values(template.findResources('AWS::IAM::Role')).map((r) => r.Properties);
    expect(role.every((properties) => properties.ManagedPolicyArns === undefined)).toBe(true);
    const statements = statementsOf('Bare');
    expect(allowedActions(statements)).toEqual(
      new Set(['logs:CreateLogStream', 'logs:PutLogEvents', 'xray:PutTraceSegments', 'xray:PutTelemetryRecords']),
    );
    const logs = statements.find((s) => actionsOf(s).includes('logs:PutLogEvents'))!;
    expect(resourcesOf(logs).map(describeResource)).toEqual([expect.stringMatching(/^BareLogs[0-9A-F]+\.Arn$/)]);
  });

  it('bindTable: TABLE_NAME, and item reads (or reads and writes) on the table and its indexes; never Scan or Delete', () => {
    expect(environmentOf('Reader')).toMatchObject({ TABLE_NAME: { Ref: expect.stringMatching(/^StorageTable/) } });
    const reader = allowedActions(statementsOf('Reader'));
    const writer = allowedActions(statementsOf('Writer'));
    expect([...reader].filter((a) => a.startsWith('dynamodb:')).sort()).toEqual(
      ['dynamodb:ConditionCheckItem', 'dynamodb:GetItem', 'dynamodb:Query'].sort(),
    );
    expect([...writer].filter((a) => a.startsWith('dynamodb:')).sort()).toEqual(
      ['dynamodb:ConditionCheckItem', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:UpdateItem'].sort(),
    );
    expect([...reader].filter((a) => a.startsWith('kms:')).sort()).toEqual(['kms:Decrypt', 'kms:DescribeKey']);
    expect(writer.has('kms:Encrypt') && writer.has('kms:GenerateDataKey')).toBe(true);
    const table = statementsOf('Writer').find((s) => actionsOf(s).includes('dynamodb:GetItem'))!;
    expect(resourcesOf(table).map(describeResource).map((r) => r.replace(/^StorageTable[0-9A-F]+\.Arn/, 'TABLE'))).toEqual([
      'TABLE',
      ...Object.values(INDEXES).map((index) => `TABLE/index/${index.name}`),
    ]);
  });

  it("bindEmail: ses:SendEmail only, only with the organisation's sender as From", () => {
    const ses = statementsOf('Mailer').filter((s) => actionsOf(s).some((a) => a.startsWith('ses:')));
    expect(ses).toHaveLength(1);
    expect(actionsOf(ses[0]!)).toEqual(['ses:SendEmail']);
    expect(ses[0]!.Condition).toEqual({ StringEquals: { 'ses:FromAddress': exampleConfig().senderEmail } });
    expect(resourcesOf(ses[0]!).map(describeResource)).toEqual([
      expect.stringMatching(/:ses:.*:identity\/\*$/),
      expect.stringMatching(/:ses:.*:configuration-set\/Ref:NotificationsConfigurationSet[0-9A-F]+$/),
    ]);
  });

  it('bindWorkflows: both machine ARNs and StartExecution on the machines, nothing on their executions', () => {
    expect(environmentOf('Starter')).toMatchObject({
      PARENT_STATE_MACHINE_ARN: { Ref: expect.stringMatching(/^Parent/) },
      AGENCY_STATE_MACHINE_ARN: { Ref: expect.stringMatching(/^Agency/) },
    });
    const statements = statementsOf('Starter').filter((s) => actionsOf(s).some((a) => a.startsWith('states:')));
    expect(statements.flatMap(actionsOf)).toEqual(['states:StartExecution', 'states:StartExecution']);
    expect(statements.flatMap(resourcesOf).map(describeResource).sort()).toEqual([
      expect.stringMatching(/^Ref:Agency/),
      expect.stringMatching(/^Ref:Parent/),
    ]);
  });

  it('binds nothing it was not asked to: the bare function has no table, email or workflow access', () => {
    const bare = [...allowedActions(statementsOf('Bare'))];
    expect(bare.filter((a) => /^(dynamodb|kms|ses|states):/.test(a))).toEqual([]);
    expect(Object.keys(environmentOf('Bare'))).not.toContain('TABLE_NAME');
    template.hasResourceProperties('AWS::Lambda::Function', { FunctionName: Match.absent() });
  });
});

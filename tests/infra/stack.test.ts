import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { BACKGROUND_FUNCTIONS, ROUTES, type FunctionNeeds } from '../../lambdas/handlers/functions';
import { ALARM_TOPIC_ACTIONS } from '../../lambdas/adapters/sns/alarm-topic-actions';
import { COGNITO_ADMIN_ACTIONS, COGNITO_CREATE_ACTIONS } from '../../lambdas/adapters/cognito/admin-actions';
import type { ComplaintsStack } from '../../lib/complaints-stack';
import { FUNCTION_ARCHITECTURE, FUNCTION_RUNTIME } from '../../lib/constructs/function';
import {
  actionsOf,
  allowedActions,
  exampleConfig,
  resourcesOf,
  statementsOfFunction,
  statementsOfRole,
  synthComplaintsStack,
  type Statement,
} from './helpers/synth';

interface FunctionUnderTest {
  name: string;
  needs: FunctionNeeds;
  logicalId: string;
}

describe('Stack: ComplaintsStack', () => {
  let stack: ComplaintsStack;
  let template: Template;
  let functions: FunctionUnderTest[];

  beforeAll(() => {
    // Prepare & Act: the example organisation, synthesized once without bundling.
    ({ stack, template } = synthComplaintsStack());
    const logicalId = (fn: { node: { defaultChild?: unknown } }) =>
      stack.getLogicalId(fn.node.defaultChild as Parameters<typeof stack.getLogicalId>[0]);
    const deployedRoutes = ROUTES.filter((route) => !stack.api.routesWithoutAuthorizer.includes(route));
    functions = [
      ...deployedRoutes.map((route) => ({
        name: route.operationId,
        needs: route.needs,
        logicalId: logicalId(stack.api.functions[route.operationId]!),
      })),
      { name: 'clockStep', needs: BACKGROUND_FUNCTIONS.clockStep.needs, logicalId: logicalId(stack.clockStep) },
      { name: 'outboxSweeper', needs: BACKGROUND_FUNCTIONS.outboxSweeper.needs, logicalId: logicalId(stack.outbox.sweeper) },
      { name: 'outboxStream', needs: BACKGROUND_FUNCTIONS.outboxStream.needs, logicalId: logicalId(stack.outbox.streamConsumer) },
      { name: 'seedDirectory', needs: BACKGROUND_FUNCTIONS.seedDirectory.needs, logicalId: logicalId(stack.directorySeed.function) },
    ];
  });

  const propertiesOf = (logicalId: string) => template.toJSON().Resources[logicalId].Properties;
  const statementsOf = (fn: FunctionUnderTest): Statement[] => statementsOfFunction(template, fn.logicalId);

  it('makes one function per deployed route and background function, all on the newest Node.js on arm64', () => {
    // Assess
    // CDK's own BucketDeployment handler runs only while deploying the pages (web.ts), and
    // CDK's trigger provider only invokes the directory's seed while deploying (directory-seed.ts).
    const all = Object.fromEntries(
      Object.entries(template.findResources('AWS::Lambda::Function')).filter(
        ([id]) => !id.startsWith('CustomCDKBucketDeployment') && !id.startsWith('AWSCDKTriggerCustomResourceProvider'),
      ),
    );
    expect(Object.keys(all).sort()).toEqual(functions.map((fn) => fn.logicalId).sort());
    for (const resource of Object.values(all)) {
      expect(resource.Properties).toMatchObject({
        Runtime: FUNCTION_RUNTIME.name,
        Architectures: [FUNCTION_ARCHITECTURE.name],
        TracingConfig: { Mode: 'Active' },
      });
    }
  });

  it('grants each function exactly what its `needs` say (functions.ts)', () => {
    for (const fn of functions) {
      const actions = allowedActions(statementsOf(fn));
      const env = (propertiesOf(fn.logicalId).Environment?.Variables ?? {}) as Record<string, unknown>;
      const has = (prefix: string) => [...actions].some((action) => action.startsWith(prefix));
      const context = `${fn.name} (${JSON.stringify(fn.needs)})`;

      expect(has('dynamodb:'), context).toBe(fn.needs.table !== 'none');
      expect(actions.has('dynamodb:PutItem') || actions.has('dynamodb:UpdateItem'), context).toBe(fn.needs.table === 'readWrite');
      expect('TABLE_NAME' in env, context).toBe(fn.needs.table !== 'none');
      expect(has('ses:'), context).toBe(fn.needs.email);
      expect(actions.has('states:StartExecution'), context).toBe(fn.needs.workflows);
      expect(has('states:'), context).toBe(fn.needs.workflows);
      expect('PARENT_STATE_MACHINE_ARN' in env && 'AGENCY_STATE_MACHINE_ARN' in env, context).toBe(fn.needs.workflows);
    }
  });

  it('lets only the outbox’s two functions send email or start clocks: every route and the clock step write theirs to the outbox', () => {
    // Assess
    const sending = functions.filter((fn) => fn.needs.email || fn.needs.workflows).map((fn) => fn.name);
    expect(sending.sort()).toEqual(['outboxStream', 'outboxSweeper']);
    for (const fn of functions.filter((each) => !sending.includes(each.name))) {
      expect([...allowedActions(statementsOf(fn))].filter((action) => action.startsWith('ses:') || action.startsWith('states:')), fn.name).toEqual([]);
    }
  });

  it('gives each role exactly the actions its function uses, and no other (least privilege)', () => {
    // What the code calls: logs and traces for every function; item reads (and writes) with
    // the key's use; SendEmail; StartExecution. Nothing stops or describes an execution.
    const read = ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:ConditionCheckItem', 'kms:Decrypt', 'kms:DescribeKey'];
    const write = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'kms:Encrypt', 'kms:GenerateDataKey', 'kms:GenerateDataKeyWithoutPlaintext', 'kms:ReEncryptFrom', 'kms:ReEncryptTo'];
    // The outbox's stream consumer: its event source mapping reads the table's stream, and sends
    // what it could not carry out to the failure queue (SendMessage; Lambda resolves the queue
    // with GetQueueUrl and GetQueueAttributes).
    const STREAM_CONSUMER = [
      'dynamodb:DescribeStream',
      'dynamodb:GetRecords',
      'dynamodb:GetShardIterator',
      'dynamodb:ListStreams',
      'sqs:GetQueueAttributes',
      'sqs:GetQueueUrl',
      'sqs:SendMessage',
    ];
    const expected = ({ needs, name }: FunctionUnderTest) =>
      [
        'logs:CreateLogStream',
        'logs:PutLogEvents',
        'xray:PutTraceSegments',
        'xray:PutTelemetryRecords',
        ...(needs.table === 'none' ? [] : read),
        ...(needs.table === 'readWrite' ? write : []),
        ...(needs.email ? ['ses:SendEmail'] : []),
        ...(needs.workflows ? ['states:StartExecution'] : []),
        ...(needs.formTokens ? ['secretsmanager:GetSecretValue'] : []),
        ...(needs.accounts === 'manage' ? COGNITO_ADMIN_ACTIONS : needs.accounts === 'create' ? COGNITO_CREATE_ACTIONS : []),
        ...(name === 'outboxStream' ? STREAM_CONSUMER : []),
        // The sweeper keeps the alarm topic's subscriptions equal to the administrators.
        ...(name === 'outboxSweeper' ? ALARM_TOPIC_ACTIONS : []),
      ].sort();
    for (const fn of functions) {
      expect([...allowedActions(statementsOf(fn))].sort(), fn.name).toEqual(expected(fn));
    }
  });

  it('lets nobody scan, delete or batch-write the table, nor touch anything but its items (the stream consumer also reads the stream)', () => {
    const streamActions = /^dynamodb:(DescribeStream|GetRecords|GetShardIterator|ListStreams)$/;
    for (const fn of functions) {
      const dynamodb = [...allowedActions(statementsOf(fn))].filter((action) => action.startsWith('dynamodb:'));
      const beyondItems = dynamodb.filter((action) => !/^dynamodb:(GetItem|Query|ConditionCheckItem|PutItem|UpdateItem)$/.test(action));
      expect(beyondItems.filter((action) => fn.name !== 'outboxStream' || !streamActions.test(action)), fn.name).toEqual([]);
    }
  });

  it('carries out the outbox from the table stream: new outbox items only, batch-item failures, bisect on error, a failure queue', () => {
    const streamId = functions.find((fn) => fn.name === 'outboxStream')!.logicalId;
    template.hasResourceProperties('AWS::DynamoDB::Table', { StreamSpecification: { StreamViewType: 'NEW_IMAGE' } });
    const [mapping] = Object.values(template.findResources('AWS::Lambda::EventSourceMapping')).map((r) => r.Properties);
    expect(mapping).toMatchObject({
      FunctionName: { Ref: streamId },
      EventSourceArn: { 'Fn::GetAtt': [expect.stringMatching(/^StorageTable/), 'StreamArn'] },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 3,
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [expect.stringMatching(/^OutboxStreamFailures/), 'Arn'] } } },
    });
    const filter = JSON.parse(mapping.FilterCriteria.Filters[0].Pattern);
    expect(filter).toEqual({ eventName: ['INSERT'], dynamodb: { NewImage: { outboxPk: { S: ['OUTBOX#CLOCKS', 'OUTBOX#EMAILS'] } } } });
    template.hasResourceProperties('AWS::SQS::Queue', { SqsManagedSseEnabled: true });
    // The stream is read on this table's stream only.
    const streamStatements = statementsOf(functions.find((fn) => fn.name === 'outboxStream')!).filter((s) =>
      actionsOf(s).includes('dynamodb:GetRecords'),
    );
    expect(streamStatements.flatMap(resourcesOf)).toEqual([{ 'Fn::GetAtt': [expect.stringMatching(/^StorageTable/), 'StreamArn'] }]);
  });

  it('lets the public intake functions write complaints but never delete them', () => {
    const intake = functions.filter((fn) => ROUTES.some((route) => route.operationId === fn.name && route.access === 'public'));
    expect(intake.length).toBeGreaterThan(0);
    for (const fn of intake) {
      const actions = allowedActions(statementsOf(fn));
      expect(actions.has('dynamodb:DeleteItem') || actions.has('dynamodb:Scan') || actions.has('dynamodb:BatchWriteItem'), fn.name).toBe(false);
    }
  });

  it('keeps the clock step from starting or stopping clocks: only the intake, moves and sweeper do', () => {
    const clockStep = functions.find((fn) => fn.name === 'clockStep')!;
    expect([...allowedActions(statementsOf(clockStep))].filter((action) => action.startsWith('states:'))).toEqual([]);
  });

  it("sends email only as the organisation's sender", () => {
    for (const fn of functions.filter((f) => f.needs.email)) {
      const ses = statementsOf(fn).filter((s) => actionsOf(s).some((action) => action.startsWith('ses:')));
      expect(ses.flatMap(actionsOf), fn.name).toEqual(['ses:SendEmail']);
      expect(ses.every((s) => JSON.stringify(s.Condition) === JSON.stringify({ StringEquals: { 'ses:FromAddress': exampleConfig().senderEmail } })), fn.name).toBe(true);
    }
  });

  it('has no statement on Resource "*" but X-Ray (which has no resource-level permissions)', () => {
    for (const fn of functions) {
      const wildcard = statementsOf(fn).filter((s) => resourcesOf(s).includes('*'));
      expect(wildcard.flatMap(actionsOf).filter((action) => !action.startsWith('xray:')), fn.name).toEqual([]);
    }
  });

  it('lets the state machines use Resource "*" only for X-Ray and log delivery (acknowledged in the stack)', () => {
    for (const machine of Object.values(stack.stateMachines)) {
      const statements = statementsOfRole(template, stack.getLogicalId(machine.role.node.defaultChild as Parameters<typeof stack.getLogicalId>[0]));
      const wildcard = statements.filter((s) => resourcesOf(s).includes('*')).flatMap(actionsOf);
      expect(wildcard.filter((action) => !/^(xray|logs):/.test(action))).toEqual([]);
    }
  });

  it('builds both escalation workflows as Standard state machines calling the clock step', () => {
    const machines = Object.values(template.findResources('AWS::StepFunctions::StateMachine'));
    expect(machines).toHaveLength(2);
    for (const machine of machines) expect(machine.Properties.StateMachineType).toBe('STANDARD');
    expect(Object.keys(stack.stateMachines).sort()).toEqual(['agency', 'parent']);
    const clockStepId = functions.find((fn) => fn.name === 'clockStep')!.logicalId;
    for (const machine of machines) expect(JSON.stringify(machine.Properties.DefinitionString)).toContain(clockStepId);
  });

  it('runs the outbox sweeper every minute, with no retries (the next minute is the retry)', () => {
    const sweeperId = functions.find((fn) => fn.name === 'outboxSweeper')!.logicalId;
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(1 minute)',
      State: 'ENABLED',
      Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [sweeperId, 'Arn'] }, RetryPolicy: Match.objectLike({ MaximumRetryAttempts: 0 }) })],
    });
    expect(propertiesOf(sweeperId).Timeout).toBeLessThan(60); // under the outbox lease
  });

  it('alarms on what makes a statutory clock late: failed or timed-out executions, a failing clock step or sweeper, a stuck outbox', () => {
    const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm')).map((a) => a.Properties);
    const metrics = alarms.map((a) => `${a.Namespace}/${a.MetricName}`);
    expect(metrics.filter((m) => m === 'AWS/States/ExecutionsFailed')).toHaveLength(2);
    expect(metrics.filter((m) => m === 'AWS/States/ExecutionsTimedOut')).toHaveLength(2);
    expect(metrics.filter((m) => m === 'AWS/Lambda/Errors')).toHaveLength(2); // the clock step's: a metric expression (below)
    expect(metrics).toContain('AWS/Lambda/Invocations');
    expect(metrics.some((m) => m.endsWith('/OutboxEffectsFailed'))).toBe(true);
    expect(metrics).toContain('AWS/ApiGateway/5xx');
    expect(metrics.some((m) => m.endsWith('/OutboxEffectsParked'))).toBe(true);
    expect(metrics).toContain('AWS/SQS/ApproximateNumberOfMessagesVisible');
    expect(metrics).toContain('AWS/Lambda/IteratorAge');
    const [topicId] = Object.keys(template.findResources('AWS::SNS::Topic'));
    for (const alarm of alarms) expect(alarm.AlarmActions).toEqual([{ Ref: topicId }]);
  });

  it("P8/A6: the clock step's errors alarm leaves out the ends of overdue loops, which the step logs and the workflow catches", () => {
    template.hasResourceProperties('AWS::Logs::MetricFilter', {
      FilterPattern: '{ $.message = "Overdue reminders end" }',
      MetricTransformations: [Match.objectLike({ MetricName: 'OverdueLoopEnds', MetricValue: '1' })],
    });
    const clockStepErrors = Object.values(template.findResources('AWS::CloudWatch::Alarm'))
      .map((a) => a.Properties)
      .find((a) => String(a.AlarmDescription).startsWith('The clock step keeps failing'));
    expect(clockStepErrors).toMatchObject({ Threshold: 3, ComparisonOperator: 'GreaterThanOrEqualToThreshold' });
    const queries = clockStepErrors.Metrics as { Id: string; Expression?: string; ReturnData?: boolean; MetricStat?: { Metric: { MetricName: string } } }[];
    expect(queries.find((query) => query.Expression)?.Expression).toBe('errors - FILL(loopEnds, 0)');
    expect(Object.fromEntries(queries.filter((query) => query.MetricStat).map((query) => [query.Id, query.MetricStat!.Metric.MetricName]))).toEqual({
      errors: 'Errors',
      loopEnds: 'OverdueLoopEnds',
    });
  });

  it('alarms while any effect is parked, from the count the sweeper logs after each sweep', () => {
    template.hasResourceProperties('AWS::Logs::MetricFilter', {
      FilterPattern: '{ ($.message = "Outbox swept") && ($.parkedNow >= 0) }',
      MetricTransformations: [Match.objectLike({ MetricName: 'OutboxEffectsParked', MetricValue: '$.parkedNow' })],
    });
    const parked = Object.values(template.findResources('AWS::CloudWatch::Alarm'))
      .map((a) => a.Properties)
      .find((a) => a.MetricName === 'OutboxEffectsParked');
    expect(parked).toMatchObject({ Statistic: 'Maximum', Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold' });
    expect(parked.AlarmDescription).toContain('docs/runbook.md');
  });

  it('sends alarms to an encrypted topic that refuses plain HTTP, whose recipients follow the directory, not the build', () => {
    template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: Match.anyValue() });
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
    });
    // No email is built in: the sweeper keeps the subscriptions equal to the administrators.
    expect(template.findResources('AWS::SNS::Subscription')).toEqual({});
    const [topicId] = Object.keys(template.findResources('AWS::SNS::Topic'));
    const sweeper = functions.find((fn) => fn.name === 'outboxSweeper')!;
    expect(propertiesOf(sweeper.logicalId).Environment.Variables.ALARM_TOPIC_ARN).toEqual({ Ref: topicId });
    const sns = statementsOf(sweeper).filter((s) => actionsOf(s).some((action) => action.startsWith('sns:')));
    expect(sns).toHaveLength(1);
    expect(actionsOf(sns[0]!).sort()).toEqual([...ALARM_TOPIC_ACTIONS].sort());
    expect(resourcesOf(sns[0]!)).toEqual([{ Ref: topicId }]);
    // No other function may touch the topic.
    for (const fn of functions.filter((f) => f !== sweeper)) {
      expect(statementsOf(fn).flatMap(actionsOf).filter((action) => action.startsWith('sns:')), fn.name).toEqual([]);
    }
  });

  it('outputs the API URL, the table and both state machines', () => {
    const outputs = Object.keys(template.findOutputs('*'));
    expect(outputs).toEqual(expect.arrayContaining(['ApiUrl', 'TableName', 'ParentStateMachineArn', 'AgencyStateMachineArn']));
  });

  it('has no physical names, no account ids and nothing that deletes data with the stack', () => {
    const json = template.toJSON() as { Resources: Record<string, { Type: string; DeletionPolicy?: string; Properties?: Record<string, unknown> }> };
    // A physical name is a literal value of a name property (references to other resources are fine).
    const physicalNames = /^(TableName|FunctionName|RoleName|TopicName|LogGroupName|StateMachineName|Name|KeyAlias|ConfigurationSetName)$/;
    for (const [id, resource] of Object.entries(json.Resources)) {
      const named = Object.entries(resource.Properties ?? {})
        .filter(([key, value]) => physicalNames.test(key) && typeof value === 'string')
        // An HTTP API and its authorizers must have a Name: CDK derives the API's from the
        // construct path, and an authorizer's is unique only within its API, not the account.
        .filter(([key]) => !(['AWS::ApiGatewayV2::Api', 'AWS::ApiGatewayV2::Authorizer'].includes(resource.Type) && key === 'Name'));
      expect(named, id).toEqual([]);
    }
    expect(JSON.stringify(json)).not.toMatch(/\b\d{12}\b/);
    for (const type of ['AWS::DynamoDB::Table', 'AWS::KMS::Key']) {
      for (const resource of Object.values(json.Resources).filter((r) => r.Type === type)) expect(resource.DeletionPolicy, type).toBe('Retain');
    }
  });
});

/**
 * One organisation's complaints backend: the constructs by capability, wired together.
 * Every grant is made here or in the constructs from functions.ts `needs`; the stack adds
 * no resources of its own.
 */
import { fileURLToPath } from 'node:url';
import { CfnOutput, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import type { Track } from '../lambdas/domain/procedure';
import { BACKGROUND_FUNCTIONS, ROUTES } from '../lambdas/handlers/functions';
import type { OrganisationConfig } from './config/organisation';
import { Api } from './constructs/api';
import { RecordBackup } from './constructs/backup';
import { DirectorySeed } from './constructs/directory-seed';
import { StaffAuth } from './constructs/auth';
import { EscalationWorkflows } from './constructs/escalation';
import { ComplaintsFunction, acknowledgeWildcardResources } from './constructs/function';
import { Monitoring } from './constructs/monitoring';
import { Notifications } from './constructs/notifications';
import { OutboxSweeper } from './constructs/outbox';
import { Storage } from './constructs/storage';
import { Web } from './constructs/web';

export interface ComplaintsStackProps extends StackProps {
  config: OrganisationConfig;
  /** The built pages to publish (default web/dist, built by `npm run build:web`). */
  webAssets?: string;
  /** The web ACL for the distribution (lib/edge-stack.ts, or the configuration's own ARN). */
  webAclArn?: string;
}

const DEFAULT_WEB_ASSETS = fileURLToPath(new URL('../web/dist', import.meta.url));

export class ComplaintsStack extends Stack {
  public readonly table: dynamodb.Table;
  public readonly apiUrl: string;
  public readonly stateMachines: Readonly<Record<Track, sfn.StateMachine>>;
  public readonly storage: Storage;
  public readonly backup: RecordBackup;
  public readonly notifications: Notifications;
  public readonly clockStep: ComplaintsFunction;
  public readonly escalation: EscalationWorkflows;
  public readonly auth: StaffAuth;
  public readonly api: Api;
  public readonly outbox: OutboxSweeper;
  public readonly web: Web;
  public readonly monitoring: Monitoring;
  public readonly directorySeed: DirectorySeed;

  constructor(scope: Construct, id: string, props: ComplaintsStackProps) {
    super(scope, id, {
      description: `Statutory complaints procedure of ${props.config.name} (early-years settings, England)`,
      ...props,
    });
    const { config } = props;

    this.storage = new Storage(this, 'Storage');
    this.table = this.storage.table;
    // R3: the table's backups are kept at least as long as the record itself.
    this.backup = new RecordBackup(this, 'Backup', {
      table: this.table,
      key: this.storage.key,
      retentionYears: config.retentionYears,
    });
    this.notifications = new Notifications(this, 'Notifications', { senderEmail: config.senderEmail });

    // The clock step is the workflows' Task: it reads and writes clocks, and writes the
    // reminders it decides on to the outbox; it never sends an email or starts or stops an
    // execution itself (functions.ts: email and workflows false).
    const clockStepDefinition = BACKGROUND_FUNCTIONS.clockStep;
    this.clockStep = new ComplaintsFunction(this, clockStepDefinition.name, {
      stem: clockStepDefinition.handler,
      description: clockStepDefinition.summary,
      config,
    }).bindNeeds(clockStepDefinition.needs, { table: this.table, notifications: this.notifications });

    this.escalation = new EscalationWorkflows(this, 'Escalation', { clockStep: this.clockStep });
    this.stateMachines = this.escalation.stateMachines;
    for (const machine of Object.values(this.stateMachines)) acknowledgeStateMachineRole(machine, this.clockStep);

    this.auth = new StaffAuth(this, 'StaffAuth', {
      ...(config.publicBaseUrl ? { consoleUrl: config.publicBaseUrl } : {}),
      ...(config.staffSignInDomainPrefix ? { domainPrefix: config.staffSignInDomainPrefix } : {}),
    });
    const services = {
      table: this.table,
      notifications: this.notifications,
      stateMachines: this.stateMachines,
      userPool: this.auth.userPool,
    };
    this.api = new Api(this, 'Api', { routes: ROUTES, config, services, staffAuthorizer: this.auth.authorizer });
    this.apiUrl = this.api.url;
    this.outbox = new OutboxSweeper(this, 'Outbox', { config, services });
    this.directorySeed = new DirectorySeed(this, 'DirectorySeed', {
      config,
      services: { ...services, userPool: this.auth.userPool },
      after: this.auth.groups,
    });
    this.web = new Web(this, 'Web', {
      pagesDir: props.webAssets ?? DEFAULT_WEB_ASSETS,
      apiOriginDomainName: this.api.originDomainName,
      ...(props.webAclArn ? { webAclArn: props.webAclArn } : {}),
      ...(this.auth.signInDomain
        ? {
            consoleConfig: {
              signIn: 'cognito',
              domain: this.auth.signInDomain,
              clientId: this.auth.client.userPoolClientId,
              region: this.region,
            },
          }
        : {}),
    });

    this.monitoring = new Monitoring(this, 'Monitoring', {
      stateMachines: this.stateMachines,
      clockStep: this.clockStep,
      clockStepLogs: this.clockStep.logGroup,
      sweeper: this.outbox.sweeper,
      sweeperLogs: this.outbox.sweeper.logGroup,
      streamConsumer: this.outbox.streamConsumer,
      streamFailures: this.outbox.streamFailures,
      httpApi: this.api.httpApi,
    });
    // The alarms' recipients follow the directory: the sweeper keeps the topic's subscriptions.
    this.outbox.sweeper.bindAlarmTopic(this.monitoring.topic);

    new CfnOutput(this, 'WebUrl', { value: this.web.url, description: 'Public pages, staff console, and the API under /api' });
    new CfnOutput(this, 'ApiUrl', { value: this.apiUrl, description: 'Base URL of the complaints API' });
    if (this.api.domainName) {
      new CfnOutput(this, 'ApiDomainTarget', {
        value: this.api.domainName.regionalDomainName,
        description: `Point a CNAME record for ${config.edge.apiDomainName} here`,
      });
    }
    new CfnOutput(this, 'TableName', { value: this.table.tableName, description: 'The complaints table' });
    for (const [track, machine] of Object.entries(this.stateMachines)) {
      new CfnOutput(this, `${track.charAt(0).toUpperCase()}${track.slice(1)}StateMachineArn`, {
        value: machine.stateMachineArn,
        description: `Statutory clocks of the ${track} track`,
      });
    }
    new CfnOutput(this, 'StaffUserPoolId', { value: this.auth.userPool.userPoolId, description: 'Staff sign-in' });
    new CfnOutput(this, 'StaffConsoleClientId', { value: this.auth.client.userPoolClientId, description: 'Staff console app client' });
    new CfnOutput(this, 'SeedDirectoryFunction', {
      value: this.directorySeed.function.functionName,
      description: "Run again (aws lambda invoke) to make sign-in accounts the first deploy could not",
    });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.monitoring.topic.topicArn, description: 'Alarms of the service' });
  }
}

/**
 * The workflows' own roles (escalation.ts builds them): what CDK grants a Standard state
 * machine that invokes a Lambda, traces and logs.
 */
function acknowledgeStateMachineRole(machine: sfn.StateMachine, clockStep: ComplaintsFunction): void {
  acknowledgeWildcardResources(
    machine.role,
    [`${clockStep.functionArn}:*`],
    'LambdaInvoke may call any version or alias of the clock-step function: that one function only.',
  );
  Validations.of(machine.role).acknowledge({
    id: 'AwsSolutions-IAM5[Resource::*]',
    reason:
      'X-Ray tracing and CloudWatch Logs delivery (logs:CreateLogDelivery and the rest) support no ' +
      'resource-level permissions.',
  });
}

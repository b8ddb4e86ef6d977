/**
 * The one way this app makes a Lambda function: runtime, architecture, log group, tracing,
 * bundling and the organisation config are set here once, and each capability a function
 * needs (table, email, workflows) is bound with one call that sets its env var and its grant
 * together, so the two can never drift apart.
 */
import { fileURLToPath } from 'node:url';
import { AssetHashType, DockerImage, Duration, Stack, Validations, type BundlingOptions, type ILocalBundling } from 'aws-cdk-lib';
import { flattenCfnReference } from 'cdk-nag/lib/utils/flatten-cfn-reference';
import type * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type * as sns from 'aws-cdk-lib/aws-sns';
import type { Construct, IConstruct } from 'constructs';
import type { FunctionNeeds } from '../../lambdas/handlers/functions';
import type { Track } from '../../lambdas/domain/procedure';
import { INDEXES } from '../../lambdas/adapters/dynamodb/table-design';
import { COGNITO_ADMIN_ACTIONS, COGNITO_CREATE_ACTIONS } from '../../lambdas/adapters/cognito/admin-actions';
import { ALARM_TOPIC_ACTIONS } from '../../lambdas/adapters/sns/alarm-topic-actions';
import type { OrganisationConfig } from '../config/organisation';
import { BUNDLE_ENTRY_FILE, bundleHandler, handlerBuildOptions } from './bundling';
import type { Notifications } from './notifications';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The newest Node.js runtime this aws-cdk-lib knows; cdk-nag's L1 rule asks for it too. */
export const FUNCTION_RUNTIME = lambda.Runtime.NODEJS_24_X;
export const FUNCTION_ARCHITECTURE = lambda.Architecture.ARM_64;
/** Every function's memory (the cost benchmark prices GB-seconds at this size). */
export const FUNCTION_MEMORY_MB = 512;

/** Where a handler stem's entry file lives: lambdas/handlers/<stem>.handler.ts. */
export function handlerEntry(stem: string): string {
  return `${PROJECT_ROOT}lambdas/handlers/${stem}.handler.ts`;
}

export interface ComplaintsFunctionProps {
  /** The handler's file stem in lambdas/handlers/ (functions.ts `handler`). */
  stem: string;
  description: string;
  /** Compiled into the bundle as process.env.ORG_CONFIG (see below). */
  config: OrganisationConfig;
  /** @default 30 seconds */
  timeout?: Duration;
  /** @default one year */
  logRetention?: logs.RetentionDays;
}

/** What a function can be bound to. Without state machines, `bindNeeds` refuses a function that needs them. */
export interface FunctionServices {
  table: dynamodb.ITable;
  notifications: Notifications;
  stateMachines?: Readonly<Record<Track, sfn.IStateMachine>>;
  /** The staff user pool, for the functions that manage sign-in accounts. */
  userPool?: cognito.IUserPool;
  /** The key that signs the public forms' timing tokens (the Api construct makes it). */
  formTokenKey?: secretsmanager.ISecret;
}

export class ComplaintsFunction extends lambda.Function {
  public readonly serviceRole: iam.Role;

  constructor(scope: Construct, id: string, props: ComplaintsFunctionProps) {
    // Our own role and log group, created beside the function (they must exist before it):
    // the default role would carry AWSLambdaBasicExecutionRole, which may create and write
    // any log group in the account; this one may write only to the function's own.
    const serviceRole = new iam.Role(scope, `${id}Role`, {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      // IAM descriptions allow Latin-1 only; the summaries have dashes and quotes.
      description: `Runs lambdas/handlers/${props.stem}.handler.ts`,
    });
    // Handlers log references, levels and outcomes, never personal data, so a year of logs
    // is the operational record of when each clock step ran. RETAIN (the default): the group
    // outlives a stack deletion as that record, and expires by its retention anyway.
    const logGroup = new logs.LogGroup(scope, `${id}Logs`, {
      retention: props.logRetention ?? logs.RetentionDays.ONE_YEAR,
    });
    logGroup.grantWrite(serviceRole);

    super(scope, id, {
      code: lambda.Code.fromAsset(PROJECT_ROOT, {
        // Hashed by what was built, so an unchanged bundle is not uploaded again.
        assetHashType: AssetHashType.OUTPUT,
        bundling: new HandlerBundling(handlerEntry(props.stem), props.config),
      }),
      handler: 'index.handler', // index.mjs (BUNDLE_ENTRY_FILE) exports `handler`
      description: props.description,
      runtime: FUNCTION_RUNTIME,
      architecture: FUNCTION_ARCHITECTURE,
      memorySize: FUNCTION_MEMORY_MB,
      timeout: props.timeout ?? Duration.seconds(30),
      role: serviceRole,
      logGroup,
      tracing: lambda.Tracing.ACTIVE,
      environment: {
        LOG_LEVEL: 'INFO',
        NODE_OPTIONS: '--enable-source-maps',
        ...(props.config.publicBaseUrl ? { PUBLIC_BASE_URL: props.config.publicBaseUrl } : {}),
      },
    });
    this.serviceRole = serviceRole;

    Validations.of(serviceRole).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'X-Ray tracing: xray:PutTraceSegments and xray:PutTelemetryRecords support no resource-level ' +
        'permissions. tests/infra asserts that no other statement of any function has Resource "*".',
    });
  }

  /** Grants exactly what a function's `needs` (functions.ts) say, and nothing else. */
  bindNeeds(needs: FunctionNeeds, services: FunctionServices): this {
    if (needs.table !== 'none') this.bindTable(services.table, needs.table);
    if (needs.email) this.bindEmail(services.notifications);
    if (needs.workflows) {
      if (!services.stateMachines) throw new Error(`${this.node.path} needs the escalation workflows, which were not given`);
      this.bindWorkflows(services.stateMachines);
    }
    if (needs.accounts) {
      if (!services.userPool) throw new Error(`${this.node.path} manages staff accounts, but no user pool was given`);
      this.bindAccounts(services.userPool, needs.accounts === 'manage' ? COGNITO_ADMIN_ACTIONS : COGNITO_CREATE_ACTIONS);
    }
    if (needs.formTokens) {
      if (!services.formTokenKey) throw new Error(`${this.node.path} needs the form token key, which was not given`);
      this.bindFormTokenKey(services.formTokenKey);
    }
    return this;
  }

  /**
   * USER_POOL_ID and the Cognito admin actions the accounts adapter calls, on that one pool's
   * users only: all of them (create, groups, attributes, disable, enable, global sign-out) to
   * manage accounts, or only those that create one. No delete, no reading or listing users,
   * no other pool.
   */
  bindAccounts(userPool: cognito.IUserPool, actions: readonly string[] = COGNITO_ADMIN_ACTIONS): this {
    this.addEnvironment('USER_POOL_ID', userPool.userPoolId);
    this.serviceRole.addToPrincipalPolicy(new iam.PolicyStatement({ actions: [...actions], resources: [userPool.userPoolArn] }));
    return this;
  }

  /**
   * ALARM_TOPIC_ARN and what keeping that topic's email subscriptions equal to the directory's
   * administrators takes (alarm-topic-actions.ts), on that one topic only.
   */
  bindAlarmTopic(topic: sns.ITopic): this {
    this.addEnvironment('ALARM_TOPIC_ARN', topic.topicArn);
    this.serviceRole.addToPrincipalPolicy(new iam.PolicyStatement({ actions: [...ALARM_TOPIC_ACTIONS], resources: [topic.topicArn] }));
    return this;
  }

  /** FORM_TOKEN_SECRET_ARN and GetSecretValue on that one secret: no DescribeSecret, no other secret. */
  bindFormTokenKey(secret: secretsmanager.ISecret): this {
    this.addEnvironment('FORM_TOKEN_SECRET_ARN', secret.secretArn);
    this.serviceRole.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions: ['secretsmanager:GetSecretValue'], resources: [secret.secretArn] }),
    );
    return this;
  }

  /**
   * TABLE_NAME and item-level access to the table and its indexes, with the KMS use that
   * goes with it. Spelled out instead of grantReadData/grantReadWriteData: those include
   * Scan and DeleteItem, and no read path here scans and nothing is ever deleted (R3: TTL
   * removes records years after closure).
   */
  bindTable(table: dynamodb.ITable, access: 'read' | 'readWrite'): this {
    this.addEnvironment('TABLE_NAME', table.tableName);
    const read = ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:ConditionCheckItem'];
    const write = ['dynamodb:PutItem', 'dynamodb:UpdateItem'];
    this.serviceRole.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: access === 'read' ? read : [...read, ...write],
        resources: [
          table.tableArn,
          ...Object.values(INDEXES).map((index) => `${table.tableArn}/index/${index.name}`),
        ],
      }),
    );
    if (table.encryptionKey) {
      const decrypt = ['kms:Decrypt', 'kms:DescribeKey'];
      // What grantReadWriteData gives, with its wildcards (ReEncrypt*, GenerateDataKey*)
      // narrowed to the symmetric-key actions DynamoDB can use.
      const encrypt = ['kms:Encrypt', 'kms:GenerateDataKey', 'kms:GenerateDataKeyWithoutPlaintext', 'kms:ReEncryptFrom', 'kms:ReEncryptTo'];
      table.encryptionKey.grant(this.serviceRole, ...(access === 'read' ? decrypt : [...decrypt, ...encrypt]));
    }
    return this;
  }

  /** ses:SendEmail as the organisation's sender only (the sender itself comes from ORG_CONFIG). */
  bindEmail(notifications: Notifications): this {
    const grant = notifications.grantSend(this.serviceRole);
    acknowledgeWildcardResources(this.serviceRole, resourcesOf(grant), SES_IDENTITIES_REASON);
    return this;
  }

  /**
   * PARENT_/AGENCY_STATE_MACHINE_ARN and starting executions of those two machines: no
   * more. Nothing stops or describes an execution (a clock whose duty is done ends at its
   * next check), so no function may.
   */
  bindWorkflows(stateMachines: Readonly<Record<Track, sfn.IStateMachine>>): this {
    this.addEnvironment('PARENT_STATE_MACHINE_ARN', stateMachines.parent.stateMachineArn);
    this.addEnvironment('AGENCY_STATE_MACHINE_ARN', stateMachines.agency.stateMachineArn);
    for (const machine of Object.values(stateMachines)) {
      machine.grantStartExecution(this.serviceRole);
    }
    return this;
  }
}

function resourcesOf(grant: iam.Grant): string[] {
  return grant.principalStatements.flatMap((statement) => statement.resources);
}

const SES_IDENTITIES_REASON =
  'ses:SendEmail on the identities of this account, conditioned on ses:FromAddress being the ' +
  "organisation's sender: in the SES sandbox SES also authorizes each recipient's identity, so " +
  'naming the sender alone would deny every email (notifications.ts).';

/**
 * Acknowledges cdk-nag's AwsSolutions-IAM5 for exactly these wildcard resources on this
 * construct (and what it contains), each finding by its own id, so that any other wildcard
 * still fails the synth. The ids are rendered as cdk-nag renders them.
 */
export function acknowledgeWildcardResources(scope: IConstruct, resources: readonly string[], reason: string): void {
  const stack = Stack.of(scope);
  for (const resource of resources) {
    const rendered = flattenCfnReference(stack.resolve(resource));
    if (rendered.includes('*')) Validations.of(scope).acknowledge({ id: `AwsSolutions-IAM5[Resource::${rendered}]`, reason });
  }
}

/**
 * Bundles a handler on this machine with esbuild (bundling.ts), never in Docker. Its fields
 * are what CDK's asset cache keys on, so two functions (or two configurations) never share
 * a bundle by mistake.
 */
class HandlerBundling implements BundlingOptions {
  public readonly image = DockerImage.fromRegistry('unused-bundled-locally');
  public readonly local: ILocalBundling;

  constructor(
    public readonly entry: string,
    config: OrganisationConfig,
    public readonly esbuild = handlerBuildOptions(entry, config, '<asset directory>'),
  ) {
    this.local = {
      tryBundle: (outputDir: string) => {
        bundleHandler(entry, config, outputDir);
        return true;
      },
    };
  }
}

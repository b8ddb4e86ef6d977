/**
 * The outbox's two workers. The stream consumer carries out each effect (clock start, email)
 * as soon as the transaction that recorded it is written; the sweeper, every minute, carries
 * out what is due — what the stream could not do, and retries whose time has come. With both,
 * a clock start recorded with its complaint is never lost, and no request waits on SES.
 */
import { Duration, Validations } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { INDEXES, OUTBOX } from '../../lambdas/adapters/dynamodb/table-design';
import { BACKGROUND_FUNCTIONS } from '../../lambdas/handlers/functions';
import type { OrganisationConfig } from '../config/organisation';
import { ComplaintsFunction, type FunctionServices } from './function';

/**
 * The sweeper must finish before the lease it takes on each effect runs out (60 seconds,
 * carry-out-effects.ts), so that a sweep still running never overlaps the next one's work.
 */
export const SWEEPER_TIMEOUT = Duration.seconds(30);

export interface OutboxSweeperProps {
  config: OrganisationConfig;
  /** The table must have a stream with new images (storage.ts). */
  services: FunctionServices & { table: dynamodb.ITable };
}

export class OutboxSweeper extends Construct {
  public readonly sweeper: ComplaintsFunction;
  public readonly schedule: events.Rule;
  public readonly streamConsumer: ComplaintsFunction;
  /** Where the stream's records go when the consumer could not deal with them (metadata only). */
  public readonly streamFailures: sqs.Queue;
  public readonly streamMapping: lambda.EventSourceMapping;

  constructor(scope: Construct, id: string, props: OutboxSweeperProps) {
    super(scope, id);
    const definition = BACKGROUND_FUNCTIONS.outboxSweeper;

    this.sweeper = new ComplaintsFunction(this, definition.name, {
      stem: definition.handler,
      description: definition.summary,
      config: props.config,
      timeout: SWEEPER_TIMEOUT,
    }).bindNeeds(definition.needs, props.services);

    // An EventBridge rule rather than a Scheduler schedule: it invokes through the function's
    // resource policy, so there is no role whose wildcard (function:*) grant needs excusing.
    this.schedule = new events.Rule(this, 'EveryMinute', {
      description: definition.summary,
      schedule: events.Schedule.rate(Duration.minutes(1)),
      // No retries: the next minute's sweep is the retry, and overlapping sweeps only race.
      targets: [new targets.LambdaFunction(this.sweeper, { retryAttempts: 0, maxEventAge: Duration.minutes(2) })],
    });
    // A failed sweep is not retried by Lambda's async retries either, for the same reason.
    this.sweeper.configureAsyncInvoke({ retryAttempts: 0 });

    const stream = BACKGROUND_FUNCTIONS.outboxStream;
    this.streamConsumer = new ComplaintsFunction(this, stream.name, {
      stem: stream.handler,
      description: stream.summary,
      config: props.config,
      timeout: SWEEPER_TIMEOUT,
    }).bindNeeds(stream.needs, props.services);

    // Lambda sends a failed batch's description (shard and sequence numbers, no item data)
    // here; the effects themselves stay in the outbox for the sweeper.
    this.streamFailures = new sqs.Queue(this, 'StreamFailures', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(this.streamFailures).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason: 'This queue is itself the failure destination of the outbox stream; an alarm watches it (monitoring.ts).',
    });
    this.streamFailures.grantSendMessages(this.streamConsumer.serviceRole);

    const table = props.services.table;
    if (!table.tableStreamArn) throw new Error('The outbox stream consumer needs the table stream (storage.ts)');
    // The four stream actions on this table's stream only (grantStreamRead would add
    // dynamodb:ListStreams on every table of the account).
    this.streamConsumer.serviceRole.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:ListStreams'],
        resources: [table.tableStreamArn],
      }),
    );
    this.streamMapping = new lambda.EventSourceMapping(this, 'StreamMapping', {
      target: this.streamConsumer,
      eventSourceArn: table.tableStreamArn,
      startingPosition: lambda.StartingPosition.TRIM_HORIZON,
      batchSize: 25,
      maxBatchingWindow: Duration.seconds(0),
      // A bad record is found by halving the batch, retried a few times, then described to
      // the failure queue; it never holds up the shard for long (the sweeper has the effect).
      bisectBatchOnError: true,
      retryAttempts: 3,
      maxRecordAge: Duration.hours(1),
      reportBatchItemFailures: true,
      onFailure: new SqsDestinationFor(this.streamFailures),
      // Only new outbox items wake the consumer: every other write of the table is filtered
      // out by Lambda before an invocation is paid for.
      filters: [
        lambda.FilterCriteria.filter({
          eventName: lambda.FilterRule.isEqual('INSERT'),
          dynamodb: {
            NewImage: {
              [INDEXES.pendingOutbox.partitionKey]: { S: lambda.FilterRule.or(OUTBOX.clocks, OUTBOX.emails) },
            },
          },
        }),
      ],
    });
  }
}

/** The SQS destination of an event source mapping (aws-lambda-event-sources' SqsDlq, without the module). */
class SqsDestinationFor implements lambda.IEventSourceDlq {
  constructor(private readonly queue: sqs.IQueue) {}
  bind(): lambda.DlqDestinationConfig {
    return { destination: this.queue.queueArn };
  }
}

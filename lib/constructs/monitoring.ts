/**
 * The alarms that matter for statutory clocks, and nothing more: a clock that dies or
 * stalls, an outbox that stops draining, an intake that fails. Each goes to one encrypted
 * SNS topic, whose email subscriptions follow the directory's administrators. Alarm messages
 * carry metric names and counts, never personal data.
 */
import { Duration, Stack } from 'aws-cdk-lib';
import type * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import type { Track } from '../../lambdas/domain/procedure';
import { OVERDUE_LOOP_END_LOG_MESSAGE, SWEEP_LOG_MESSAGE } from '../../lambdas/handlers/log-messages';


export interface MonitoringProps {
  stateMachines: Readonly<Record<Track, sfn.IStateMachine>>;
  clockStep: lambda.IFunction;
  clockStepLogs: logs.ILogGroup;
  sweeper: lambda.IFunction;
  sweeperLogs: logs.ILogGroup;
  /** The outbox's stream consumer and the queue its failed batches go to. */
  streamConsumer: lambda.IFunction;
  streamFailures: sqs.IQueue;
  httpApi: apigwv2.HttpApi;
}

export class Monitoring extends Construct {
  public readonly topic: sns.Topic;
  public readonly alarms: Readonly<Record<string, cloudwatch.Alarm>>;

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);

    // A customer-managed key: CloudWatch cannot publish to a topic under the AWS-managed SNS
    // key, whose policy it cannot be added to. These are the actions AWS documents for it.
    const key = new kms.Key(this, 'TopicKey', {
      description: 'Encrypts the complaints alarm topic',
      enableKeyRotation: true,
    });
    key.grant(new iam.ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey*');
    // Who is emailed is not built in: the outbox sweeper keeps the topic's email subscriptions
    // equal to the directory's administrators (keep-alarm-recipients.ts), so that the list
    // follows the console's changes; each new recipient confirms their subscription once.
    this.topic = new sns.Topic(this, 'Alarms', { masterKey: key, enforceSSL: true });

    const alarms: Record<string, cloudwatch.Alarm> = {};
    const alarm = (name: string, description: string, options: Omit<cloudwatch.AlarmProps, 'alarmDescription'>) => {
      const created = new cloudwatch.Alarm(this, name, { alarmDescription: description, ...options });
      created.addAlarmAction(new actions.SnsAction(this.topic));
      created.addOkAction(new actions.SnsAction(this.topic));
      alarms[name] = created;
    };
    const atLeastOnce = {
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    };
    const fiveMinutes = { period: Duration.minutes(5), statistic: cloudwatch.Stats.SUM };

    // Aborted executions are not alarmed: stopping a clock that is restarted or no longer
    // needed (a closed complaint) aborts its execution, which is the normal course.
    for (const [track, machine] of Object.entries(props.stateMachines)) {
      alarm(`${title(track)}ClockFailed`, `A ${track}-track clock execution failed: its level has no running timer.`, {
        metric: machine.metricFailed(fiveMinutes),
        ...atLeastOnce,
      });
      alarm(`${title(track)}ClockTimedOut`, `A ${track}-track clock execution timed out: its level has no running timer.`, {
        metric: machine.metricTimedOut(fiveMinutes),
        ...atLeastOnce,
      });
    }

    // The workflows retry a failing clock step for as long as the execution lives (backing
    // off to hourly), so a fault shows here, not as a failed execution. Three errors in a
    // quarter of an hour is a fault, not a blip. The end of a loop of overdue reminders is an
    // error by design (lambdas/domain/clock.ts: it saves a billed transition a week) and the
    // clock step logs each one: they are taken off, or a few duties done on the same evening
    // would raise it.
    const fifteenMinutes = { period: Duration.minutes(15), statistic: cloudwatch.Stats.SUM };
    const overdueLoopEnds = new logs.MetricFilter(this, 'OverdueLoopEndsFilter', {
      logGroup: props.clockStepLogs,
      filterPattern: logs.FilterPattern.stringValue('$.message', '=', OVERDUE_LOOP_END_LOG_MESSAGE),
      metricNamespace: `Complaints/${Stack.of(this).stackName}`,
      metricName: 'OverdueLoopEnds',
      metricValue: '1',
    });
    alarm('ClockStepErrors', 'The clock step keeps failing: reminders and escalations are being delayed.', {
      metric: new cloudwatch.MathExpression({
        label: 'Clock step errors, overdue loop ends left out',
        expression: 'errors - FILL(loopEnds, 0)',
        usingMetrics: { errors: props.clockStep.metricErrors(fifteenMinutes), loopEnds: overdueLoopEnds.metric(fifteenMinutes) },
        period: Duration.minutes(15),
      }),
      ...atLeastOnce,
      threshold: 3,
    });
    alarm('SweeperErrors', 'The outbox sweeper keeps failing: pending clock starts and emails are not retried.', {
      metric: props.sweeper.metricErrors({ period: Duration.minutes(15), statistic: cloudwatch.Stats.SUM }),
      ...atLeastOnce,
      threshold: 3,
    });
    alarm('SweeperStopped', 'The outbox sweeper has not run for 15 minutes: pending clock starts and emails wait.', {
      metric: props.sweeper.metricInvocations({ period: Duration.minutes(15), statistic: cloudwatch.Stats.SUM }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.BREACHING,
    });

    // Outbox items pending too long, read from the sweeper's own log line: effects failing in
    // three five-minute periods running (SES or Step Functions refusing, not just down for a
    // moment) are clock starts or statutory notices that have not happened.
    const sweepFailures = new logs.MetricFilter(this, 'SweepFailuresFilter', {
      logGroup: props.sweeperLogs,
      filterPattern: logs.FilterPattern.all(
        logs.FilterPattern.stringValue('$.message', '=', SWEEP_LOG_MESSAGE),
        logs.FilterPattern.numberValue('$.failed', '>', 0),
      ),
      metricNamespace: `Complaints/${Stack.of(this).stackName}`,
      metricName: 'OutboxEffectsFailed',
      metricValue: '$.failed',
    });
    alarm('OutboxNotDraining', 'Outbox effects (clock starts, emails) have kept failing for 15 minutes: a clock or a notice is late.', {
      metric: sweepFailures.metric(fiveMinutes),
      threshold: 1,
      evaluationPeriods: 3,
      datapointsToAlarm: 3,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });

    // Parked effects: an email or clock start that failed its last allowed attempt. The
    // sweeper reports how many are parked after every sweep while any are, so the alarm stays
    // on until an administrator retries each or marks it done by hand (the staff console).
    const parked = new logs.MetricFilter(this, 'ParkedEffectsFilter', {
      logGroup: props.sweeperLogs,
      filterPattern: logs.FilterPattern.all(
        logs.FilterPattern.stringValue('$.message', '=', SWEEP_LOG_MESSAGE),
        logs.FilterPattern.numberValue('$.parkedNow', '>=', 0),
      ),
      metricNamespace: `Complaints/${Stack.of(this).stackName}`,
      metricName: 'OutboxEffectsParked',
      metricValue: '$.parkedNow',
    });
    alarm('EffectsParked', 'An email or clock start failed every attempt and is parked: an administrator must retry it or do it by hand (docs/runbook.md).', {
      metric: parked.metric({ period: Duration.minutes(5), statistic: cloudwatch.Stats.MAXIMUM }),
      ...atLeastOnce,
    });

    // The stream consumer: a batch it could not deal with (the table unreachable) is described
    // on the failure queue — the sweeper still carries its effects out, a minute or so late.
    alarm('OutboxStreamFailures', 'Outbox stream records failed and went to the failure queue: effects fall back to the sweeper (docs/runbook.md).', {
      metric: props.streamFailures.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: cloudwatch.Stats.MAXIMUM }),
      ...atLeastOnce,
    });
    alarm('OutboxStreamErrors', 'The outbox stream consumer keeps failing: emails and clock starts wait for the sweeper.', {
      metric: props.streamConsumer.metricErrors({ period: Duration.minutes(15), statistic: cloudwatch.Stats.SUM }),
      ...atLeastOnce,
      threshold: 3,
    });
    alarm('OutboxStreamLagging', 'The outbox stream is more than five minutes behind: acknowledgements and clock starts are late.', {
      metric: new cloudwatch.Metric({
        namespace: 'AWS/Lambda',
        metricName: 'IteratorAge',
        dimensionsMap: { FunctionName: props.streamConsumer.functionName },
        period: Duration.minutes(5),
        statistic: cloudwatch.Stats.MAXIMUM,
      }),
      ...atLeastOnce,
      threshold: 5 * 60 * 1000,
    });

    // A 5xx on the intake is a complainant who could not complain.
    alarm('ApiServerErrors', 'The API answered with a server error: a complaint may not have been received.', {
      metric: props.httpApi.metricServerError(fiveMinutes),
      ...atLeastOnce,
    });

    this.alarms = alarms;
  }
}

function title(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The outbox sweeper: every minute, carries out the clock starts and emails that could not
 * be carried out at once (Step Functions or SES unreachable at the time). With it, a clock
 * start recorded with its complaint is never lost, only late by a minute or so.
 */
import { Duration } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import { Construct } from 'constructs';
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
  services: FunctionServices;
}

export class OutboxSweeper extends Construct {
  public readonly sweeper: ComplaintsFunction;
  public readonly schedule: events.Rule;

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
  }
}

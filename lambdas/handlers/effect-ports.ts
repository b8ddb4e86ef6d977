/**
 * The outbox's ports — SES for emails, Step Functions for clocks — for the two functions
 * that carry effects out: the table's stream consumer and the sweeper. Only they load those
 * clients (functions.ts `needs`); every other function leaves its effects in the outbox.
 */
import { SESClient } from '@aws-sdk/client-ses';
import { SFNClient } from '@aws-sdk/client-sfn';
import { DynamoDbOutbox } from '../adapters/dynamodb/outbox';
import { SesMailer } from '../adapters/ses/ses-mailer';
import { StepFunctionsWorkflows } from '../adapters/sfn/step-functions-workflows';
import { cryptoSecrets } from '../adapters/secrets';
import { DEFAULT_RETRY_POLICY, type EffectPorts } from '../use-cases/carry-out-effects';
import { statusPageUrl } from '../templates/site/paths';
import { PARKED_LOG_MESSAGE } from './log-messages';
import { logger } from './logger';
import { getBaseRuntime } from './base-runtime';
import { organisation, positiveEnv, publicBaseUrl, requiredEnv } from './organisation';

let ports: EffectPorts | undefined;

export function effectPorts(): EffectPorts {
  const { table, clock } = getBaseRuntime();
  ports ??= {
    repo: new DynamoDbOutbox(table.client, table.name),
    clock,
    secrets: cryptoSecrets,
    mailer: new SesMailer(new SESClient({}), organisation().senderEmail),
    workflows: new StepFunctionsWorkflows(new SFNClient({}), {
      parent: requiredEnv('PARENT_STATE_MACHINE_ARN', process.env.PARENT_STATE_MACHINE_ARN),
      agency: requiredEnv('AGENCY_STATE_MACHINE_ARN', process.env.AGENCY_STATE_MACHINE_ARN),
    }),
    // The outbox's retry policy; the defaults suit AWS, the embedded tests shorten them.
    retry: {
      maxAttempts: positiveEnv('OUTBOX_MAX_ATTEMPTS', { integer: true }) ?? DEFAULT_RETRY_POLICY.maxAttempts,
      baseDelaySeconds: positiveEnv('OUTBOX_RETRY_BASE_SECONDS') ?? DEFAULT_RETRY_POLICY.baseDelaySeconds,
      maxDelaySeconds: positiveEnv('OUTBOX_RETRY_MAX_SECONDS') ?? DEFAULT_RETRY_POLICY.maxDelaySeconds,
    },
    // Both links are pages the API or the bucket really has (lambdas/templates/site/paths.ts).
    statusUrl: (reference, token, lang) => {
      const base = publicBaseUrl();
      return base ? `${base}${statusPageUrl({ lang, ref: reference, token })}` : undefined;
    },
    // The alarm counts parked effects; this line says which, without personal data.
    onParked: (effect, error) => logger.error(PARKED_LOG_MESSAGE, { reference: effect.complaintId, effectKind: effect.kind, error }),
  };
  return ports;
}

/**
 * Everything a handler needs, built once per cold start from the environment. Local and AWS
 * differ only here, in configuration: endpoints come from AWS_ENDPOINT_URL_* (read by the
 * SDK itself), and DAY_SECONDS shortens days for the embedded demo.
 *
 * The staff directory is data (issue 12): each invocation takes a snapshot of the current
 * one (`useCaseContext()`, cached for a minute per warm function), so that the use cases can
 * read it synchronously and a change reaches them within the minute.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SESClient } from '@aws-sdk/client-ses';
import { SFNClient } from '@aws-sdk/client-sfn';
import { Logger } from '@aws-lambda-powertools/logger';
import { z } from 'zod';
import { ladoFor, parseOrganisationConfig, type OrganisationConfig } from '../../lib/config/organisation';
import { DynamoDbComplaintRepository } from '../adapters/dynamodb/complaint-repository';
import { SesMailer } from '../adapters/ses/ses-mailer';
import { StepFunctionsWorkflows } from '../adapters/sfn/step-functions-workflows';
import { cryptoSecrets } from '../adapters/secrets';
import { londonCalendar, scaledCalendar } from '../domain/calendar';
import type { Calendar } from '../domain/calendar-port';
import { DynamoDbDirectoryRepository } from '../adapters/dynamodb/directory-repository';
import type { DirectoryRepository } from '../domain/directory-ports';
import { directorySnapshot, seedFrom, type DirectoryData, type DirectorySnapshot } from '../domain/staff-directory';
import { CurrentDirectory } from '../use-cases/current-directory';
import type { ClockPolicy } from '../domain/procedure';
import type { Clock, Workflows } from '../domain/ports';
import type { UseCaseContext } from '../use-cases/context';
import { DEFAULT_RETRY_POLICY, type EffectPorts } from '../use-cases/carry-out-effects';
import { PARKED_LOG_MESSAGE } from './log-messages';
import { staffComplaintUrl, statusPageUrl } from '../../web/src/paths';

const environmentSchema = z.object({
  TABLE_NAME: z.string().min(1),
  ORG_CONFIG: z.string().min(2),
  PARENT_STATE_MACHINE_ARN: z.string().optional(),
  AGENCY_STATE_MACHINE_ARN: z.string().optional(),
  PUBLIC_BASE_URL: z.url().optional(),
  DAY_SECONDS: z.coerce.number().positive().optional(),
  // The outbox's retry policy; the defaults suit AWS, the embedded tests shorten them.
  OUTBOX_MAX_ATTEMPTS: z.coerce.number().int().min(1).optional(),
  OUTBOX_RETRY_BASE_SECONDS: z.coerce.number().positive().optional(),
  OUTBOX_RETRY_MAX_SECONDS: z.coerce.number().positive().optional(),
});

export const logger = new Logger({ serviceName: 'complaints' });

export interface Runtime {
  org: OrganisationConfig;
  effects: EffectPorts;
  directories: DirectoryRepository;
  /** The current directory, cached for a minute per warm function. */
  currentDirectory: CurrentDirectory;
  /** The configuration's directory: what is seeded, and what is read until then. */
  seed: DirectoryData;
  /** The use cases' context around one snapshot of the directory. */
  contextWith(directory: DirectorySnapshot): UseCaseContext & { directory: DirectorySnapshot };
}

/** A use-case context with the directory as it is now (at most a minute old). */
export async function useCaseContext(): Promise<UseCaseContext & { directory: DirectorySnapshot }> {
  const runtime = getRuntime();
  const data = await runtime.currentDirectory.data();
  return runtime.contextWith(directorySnapshot(runtime.org.name, data));
}

let runtime: Runtime | undefined;

/** Built on first use, not at import, so that tests and the embedded default set env first. */
export function getRuntime(): Runtime {
  // `process.env.ORG_CONFIG` is written out in full: in AWS the bundler replaces exactly
  // that expression with the organisation's configuration (it can outgrow Lambda's 4 KB of
  // environment), while locally it is a real variable.
  runtime ??= buildRuntime(environmentSchema.parse({ ...process.env, ORG_CONFIG: process.env.ORG_CONFIG }));
  return runtime;
}

function buildRuntime(env: z.infer<typeof environmentSchema>): Runtime {
  const org = parseOrganisationConfig(JSON.parse(env.ORG_CONFIG), 'ORG_CONFIG');
  const clock: Clock = { now: () => new Date() };
  const dynamodb = new DynamoDBClient({});
  const repo = new DynamoDbComplaintRepository(dynamodb, env.TABLE_NAME);
  const base = env.PUBLIC_BASE_URL?.replace(/\/$/, '');
  const effects: EffectPorts = {
    repo,
    clock,
    secrets: cryptoSecrets,
    mailer: new SesMailer(new SESClient({}), org.senderEmail),
    workflows: workflowsFrom(env),
    retry: {
      maxAttempts: env.OUTBOX_MAX_ATTEMPTS ?? DEFAULT_RETRY_POLICY.maxAttempts,
      baseDelaySeconds: env.OUTBOX_RETRY_BASE_SECONDS ?? DEFAULT_RETRY_POLICY.baseDelaySeconds,
      maxDelaySeconds: env.OUTBOX_RETRY_MAX_SECONDS ?? DEFAULT_RETRY_POLICY.maxDelaySeconds,
    },
    // Both links are pages the API or the bucket really has (web/src/paths.ts).
    statusUrl: (reference, token, lang) => (base ? `${base}${statusPageUrl({ lang, ref: reference, token })}` : undefined),
    // The alarm counts parked effects; this line says which, without personal data.
    onParked: (effect, error) =>
      logger.error(PARKED_LOG_MESSAGE, { reference: effect.complaintId, effectKind: effect.kind, error }),
  };
  const directories = new DynamoDbDirectoryRepository(dynamodb, env.TABLE_NAME);
  const seed = seedFrom(org);
  const common: Omit<UseCaseContext, 'directory'> = {
    repo,
    clock,
    secrets: cryptoSecrets,
    rules: { calendar: calendarFrom(org, env.DAY_SECONDS), policy: policyFrom(org) },
    ofsted: org.ofsted,
    lado: (settingId) => ladoFor(org, settingId),
    retentionYears: org.retentionYears,
    staffUrl: (complaintId) => (base ? `${base}${staffComplaintUrl(complaintId)}` : undefined),
    // Nothing waits on an email or a clock start: the outbox was written with the change,
    // and the table's stream consumer carries it out (the sweeper is the backstop; in the
    // embedded default the sweeper plays the stream's part).
    dispatch: async () => {},
  };
  return {
    org,
    effects,
    directories,
    seed,
    currentDirectory: new CurrentDirectory(directories, seed, clock),
    contextWith: (directory) => ({ ...common, directory }),
  };
}

function workflowsFrom(env: z.infer<typeof environmentSchema>): Workflows {
  const { PARENT_STATE_MACHINE_ARN: parent, AGENCY_STATE_MACHINE_ARN: agency } = env;
  if (!parent || !agency) {
    const refuse = () => Promise.reject(new Error('This function was not granted the escalation workflows'));
    return { start: refuse, stop: refuse };
  }
  return new StepFunctionsWorkflows(new SFNClient({}), { parent, agency });
}

function calendarFrom(org: OrganisationConfig, daySeconds: number | undefined): Calendar {
  return daySeconds ? scaledCalendar(daySeconds) : londonCalendar(org.calendar);
}

export function policyFrom(org: OrganisationConfig): ClockPolicy {
  const { keyPersonDays, lineManagerDays, agencyAppealDays, remindBeforeDays, overdueEveryDays } = org.clocks;
  return { targets: { keyPersonDays, lineManagerDays, agencyAppealDays }, remindBeforeDays, overdueEveryDays };
}

/** The configuration's directory, as the use cases see it before anything was changed. */
export function directoryFrom(org: OrganisationConfig): DirectorySnapshot {
  return directorySnapshot(org.name, seedFrom(org));
}

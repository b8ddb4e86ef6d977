/**
 * What a handler needs, built on first use (not at import, so that tests and the embedded
 * default set the environment first), and no more than it uses: the use cases' context needs
 * the table only — requests and clock steps never wait on SES or Step Functions (the outbox
 * carries effects out: effect-ports.ts, for the stream consumer and the sweeper) — so most
 * functions never load those clients, and their cold starts do not pay for them.
 *
 * Local and AWS differ only here, in configuration: endpoints come from AWS_ENDPOINT_URL_*
 * (read by the SDK itself), and DAY_SECONDS shortens days for the embedded demo.
 *
 * The staff directory is data (issue 12): each invocation takes a snapshot of the current
 * one (`useCaseContext()`, cached for a minute per warm function), so that the use cases can
 * read it synchronously and a change reaches them within the minute.
 */
import type { CompiledFunctionConfig, FunctionConfig } from '../../lib/config/organisation';
import { DynamoDbComplaintRepository } from '../adapters/dynamodb/complaint-repository';
import { londonCalendarWith, scaledCalendar } from '../domain/calendar';
import type { Calendar } from '../domain/calendar-port';
import { directorySnapshot, seedFrom, type DirectorySnapshot } from '../domain/staff-directory';
import type { ClockPolicy } from '../domain/procedure';
import type { UseCaseContext } from '../use-cases/context';
import { currentDirectorySnapshot, getBaseRuntime, type BaseRuntime } from './base-runtime';
import { positiveEnv } from './organisation';
import { contextParts, ladoIn } from './read-runtime';

export { logger } from './logger';
export { organisation, positiveEnv, publicBaseUrl, requiredEnv } from './organisation';

/**
 * The runtime every function shares (base-runtime.ts), with a store of complaints and the
 * clocks' rules: the repository for most (getRuntime), the intake's store for the functions
 * that take complaints in (intake-runtime.ts).
 */
export interface Runtime<R = DynamoDbComplaintRepository> extends BaseRuntime {
  repo: R;
  /** The use cases' context around one snapshot of the directory. */
  contextWith(directory: DirectorySnapshot): UseCaseContext<R> & { directory: DirectorySnapshot };
}

/** A use-case context with the directory as it is now (at most a minute old). */
export async function useCaseContext(): Promise<UseCaseContext & { directory: DirectorySnapshot }> {
  const runtime = getRuntime();
  return runtime.contextWith(await currentDirectorySnapshot());
}

let runtime: Runtime | undefined;

export function getRuntime(): Runtime {
  runtime ??= buildRuntime(getBaseRuntime());
  return runtime;
}

function buildRuntime(base: BaseRuntime): Runtime {
  return runtimeWith(base, new DynamoDbComplaintRepository(base.dynamodb, base.table.name));
}

/** The runtime around one store of complaints. */
export function runtimeWith<R>(base: BaseRuntime, repo: R): Runtime<R> {
  const { org } = base;
  const common: Omit<UseCaseContext<R>, 'directory' | 'lado'> = {
    ...contextParts(base),
    repo,
    rules: { calendar: calendarFrom(org, positiveEnv('DAY_SECONDS')), policy: policyFrom(org) },
    // Nothing waits on an email or a clock start: the outbox was written with the change,
    // and the table's stream consumer carries it out (the sweeper is the backstop; in the
    // embedded default the sweeper plays the stream's part).
    dispatch: async () => {},
  };
  return {
    ...base,
    repo,
    contextWith: (directory) => ({ ...common, directory, lado: ladoIn(base, directory) }),
  };
}

function calendarFrom(org: CompiledFunctionConfig, scaledDaySeconds: number | undefined): Calendar {
  return scaledDaySeconds ? scaledCalendar(scaledDaySeconds) : londonCalendarWith(org.calendar, org.bankHolidayDates);
}

export function policyFrom(org: Pick<FunctionConfig, 'clocks'>): ClockPolicy {
  const { keyPersonDays, lineManagerDays, agencyAppealDays, practiceReviewDays, remindBeforeDays, overdueEveryDays, maxExtensionDays } =
    org.clocks;
  return {
    targets: { keyPersonDays, lineManagerDays, agencyAppealDays, practiceReviewDays },
    remindBeforeDays,
    overdueEveryDays,
    maxExtensionDays,
  };
}

/** The configuration's directory, as the use cases see it before anything was changed. */
export function directoryFrom(org: FunctionConfig): DirectorySnapshot {
  return directorySnapshot(org.name, seedFrom(org));
}

/**
 * A UseCaseContext on fakes, with the example organisation's directory, for unit tests of
 * use cases. Effects are carried out at once, like the handlers do, through fake SES and
 * Step Functions that record what they were asked.
 */
import exampleOrganisation from '../../config/example-organisation.json';
import { ladoFor, parseOrganisationConfig, type OrganisationConfig } from '../../lib/config/organisation';
import { londonCalendar } from '../../lambdas/domain/calendar';
import { directoryFrom, policyFrom } from '../../lambdas/handlers/runtime';
import type { UseCaseContext } from '../../lambdas/use-cases/context';
import { carryOutEffects, type EffectPorts } from '../../lambdas/use-cases/carry-out-effects';
import { FakeClock, InMemoryAcknowledgementCap, InMemoryRepository, RecordingMailer, RecordingWorkflows, SequentialSecrets } from './fakes';

export const exampleOrg: OrganisationConfig = parseOrganisationConfig(exampleOrganisation);

export function staffEmail(staffId: string): string {
  const member = exampleOrg.staff.find((s) => s.id === staffId);
  if (!member) throw new Error(`no staff member ${staffId}`);
  return member.email;
}

export interface TestWorld {
  ctx: UseCaseContext;
  effects: EffectPorts;
  repo: InMemoryRepository;
  clock: FakeClock;
  mailer: RecordingMailer;
  workflows: RecordingWorkflows;
  secrets: SequentialSecrets;
}

export function testWorld(options: { now?: string; org?: OrganisationConfig; references?: string[] } = {}): TestWorld {
  const org = options.org ?? exampleOrg;
  const clock = new FakeClock(new Date(options.now ?? '2026-03-02T10:00:00Z'));
  const repo = new InMemoryRepository(clock);
  const mailer = new RecordingMailer();
  const workflows = new RecordingWorkflows();
  const secrets = new SequentialSecrets(options.references);
  const effects: EffectPorts = {
    repo,
    mailer,
    workflows,
    secrets,
    clock,
    statusUrl: (reference, token) => `https://complaints.example.org/status?ref=${reference}&token=${token}`,
  };
  const ctx: UseCaseContext = {
    repo,
    clock,
    secrets,
    rules: { calendar: londonCalendar(org.calendar), policy: policyFrom(org) },
    directory: directoryFrom(org),
    ofsted: org.ofsted,
    lado: (settingId) => ladoFor(org, settingId),
    retentionYears: org.retentionYears,
    acknowledgementCap: new InMemoryAcknowledgementCap(org.intake.acknowledgementsPerAddressPerDay),
    statusLinkDaysAfterClosure: org.statusLinkDaysAfterClosure,
    staffUrl: (id) => `https://complaints.example.org/staff/complaints/${id}`,
    dispatch: async (list) => {
      await carryOutEffects(effects, list);
    },
  };
  return { ctx, effects, repo, clock, mailer, workflows, secrets };
}

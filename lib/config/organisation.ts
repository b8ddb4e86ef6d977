/**
 * An organisation's deploy-time configuration: its settings, staff directory, clock policy
 * and Ofsted contact. Validated by zod at synth (a bad file fails `cdk synth` with a message
 * naming the field), passed to constructs as props, and handed to the Lambdas, which parse
 * it again once per cold start.
 */
import { z } from 'zod';
import { BANK_HOLIDAYS } from '../../lambdas/domain/bank-holidays';
import { ROLES } from '../../lambdas/domain/procedure';
import { LANGUAGES } from '../../lambdas/domain/language';
import { procedureGaps } from '../../lambdas/domain/allegation-recipients';

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'use lower-case letters, digits and hyphens (at most 63)');

const person = z.object({
  name: z.string().min(1).max(200),
  email: z.email(),
});

export const staffMemberSchema = person.extend({
  id,
  roles: z.array(z.enum(ROLES)).min(1),
  /** The settings this person works in or oversees. Owners and administrators see all. */
  settings: z.array(id).default([]),
  /** Language for this person's emails. */
  language: z.enum(LANGUAGES).default('en'),
});

/** Shown to people as it is written: a value that is set must say something. */
const shown = (max: number) => z.string().trim().min(1, 'must not be empty: it is shown to people').max(max);

/**
 * The local authority designated officer (LADO) staff contact about an allegation against a
 * member of staff (P3). The allegation alert gives it to every member of staff it reaches.
 */
export const ladoContactSchema = z.object({
  /** Who or which team to ask for, e.g. "Leeds LADO (Allegations against staff)". */
  name: shown(200),
  phone: shown(40),
  email: z.email().optional(),
  address: shown(500).optional(),
  web: z.url().optional(),
});

export const settingSchema = z.object({
  id,
  name: z.string().min(1).max(200),
  address: z.string().max(500).optional(),
  /** Ofsted's unique reference number for the setting: heads the record of complaints shown to Ofsted (R1). */
  ofstedUrn: z
    .string()
    .regex(/^(EY|SC)?\d{6,7}$/, 'use the URN as Ofsted writes it, e.g. EY123456 or 123456')
    .optional(),
  /** The LADO of this setting's local authority, when it differs from the organisation's. */
  lado: ladoContactSchema.optional(),
});

/** P10: every field the pages and emails show must say something (an empty line helps nobody reach Ofsted). */
export const ofstedContactSchema = z.object({
  name: shown(200),
  address: shown(500),
  phone: shown(40),
  email: shown(200).optional(),
  web: shown(500).optional(),
});

/** Ofsted's contact details as the seed procedure gives them (P10); configurable. */
export const DEFAULT_OFSTED_CONTACT = {
  name: 'Ofsted (Applications, Regulatory and Contact Team)',
  address: 'Piccadilly Gate, Store Street, Manchester M1 2WD',
  phone: '0300 123 1231',
  email: 'enquiries@ofsted.gov.uk',
  web: 'https://www.gov.uk/government/organisations/ofsted',
} as const satisfies z.infer<typeof ofstedContactSchema>;

const positiveDays = z.number().int().min(1).max(365);

/**
 * The configuration as the functions read it: without the edge (the API's domain name and the
 * web ACL are the stacks' business, and every byte compiled into a function is loaded at its
 * cold start).
 */
export type FunctionConfig = Omit<OrganisationConfig, 'edge'>;

/**
 * What is compiled into a function (or given to the embedded default): its configuration, with
 * the bank holidays of its calendar's region only, so that no function carries the three
 * regions' table (lambdas/domain/bank-holidays.ts is then left out of its bundle), and without
 * its staff, which are compiled in apart (functionStaff).
 */
export type CompiledFunctionConfig = Omit<FunctionConfig, 'staff'> & {
  /** The bank holidays of `calendar.bankHolidays`, as 'YYYY-MM-DD'; none for a calendar of calendar days, which never reads them. */
  bankHolidayDates: readonly string[];
};

export function functionConfig(config: OrganisationConfig): CompiledFunctionConfig {
  const { edge: _edge, staff: _staff, ...rest } = config;
  // Calendar days never ask whether a day is a holiday (lambdas/domain/calendar.ts): an
  // organisation that counts them compiles none in, about 1.7 KiB less in every function.
  const bankHolidayDates = config.calendar.days === 'working' ? BANK_HOLIDAYS[config.calendar.bankHolidays] : [];
  return { ...rest, bankHolidayDates };
}

/**
 * The configuration's staff, compiled into a function on their own (process.env.ORG_STAFF):
 * they seed the stored directory and stand in for it only until it is stored, so a function
 * loads them (lambdas/handlers/configured-staff.ts) only then, not at every cold start.
 */
export function functionStaff(config: OrganisationConfig): FunctionConfig['staff'] {
  return config.staff;
}

export const organisationSchema = z
  .object({
    id,
    name: z.string().min(1).max(200),
    /** The verified SES identity emails are sent from. */
    senderEmail: z.email(),
    /** Where the public pages live; status links in emails point here. */
    publicBaseUrl: z.url().optional(),
    /**
     * The prefix of the Cognito domain where staff sign in to the console
     * (`https://<prefix>.auth.<region>.amazoncognito.com`); unique in its region. Without it the
     * console's pages are deployed but say that sign-in is not set up.
     */
    staffSignInDomainPrefix: z
      .string()
      .regex(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/, 'use lower-case letters, digits and hyphens (at most 63)')
      .refine((prefix) => !/aws|amazon|cognito/.test(prefix), 'Cognito refuses prefixes with aws, amazon or cognito in them')
      .optional(),
    calendar: z
      .object({
        days: z.enum(['calendar', 'working']).default('calendar'),
        bankHolidays: z.enum(['england-and-wales', 'scotland', 'northern-ireland']).default('england-and-wales'),
        /** Local (Europe/London) time at which staff reminders are sent: working hours, never the night. */
        reminderTime: z
          .string()
          .regex(/^(0[7-9]|1\d):[0-5]\d$/, 'use HH:MM between 07:00 and 19:59')
          .default('09:00'),
        /** Closures of the organisation, or bank holidays proclaimed after the shipped data (2020–2035). */
        extraHolidays: z.array(z.iso.date()).default([]),
      })
      .prefault({}),
    clocks: z
      .object({
        /** Targets for the levels the procedure leaves without a number (P1, P7, A6). */
        keyPersonDays: positiveDays.default(5),
        lineManagerDays: positiveDays.default(14),
        agencyAppealDays: positiveDays.default(14),
        /** R4: the owners' review of practice after an upheld outcome. */
        practiceReviewDays: positiveDays.default(28),
        remindBeforeDays: z.array(positiveDays).max(5).default([7, 2]),
        overdueEveryDays: positiveDays.default(7),
        /** How many days past its own date a level may be extended, in all (each extension needs a reason). */
        maxExtensionDays: positiveDays.default(28),
      })
      .prefault({}),
    /** The edge (docs/deploy.md, "The edge"): how the API is reached and the web firewall in front of it. */
    edge: z
      .object({
        /**
         * The API's own domain name, in a domain the organisation controls: with it the API's
         * default execute-api address is switched off and CloudFront reaches the API here.
         */
        apiDomainName: z
          .string()
          .regex(/^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'use a lower-case domain name, like api.complaints.example.org')
          .optional(),
        /** `create` a web ACL (a second stack in us-east-1), `none`, or the ARN of an existing CLOUDFRONT-scope one. */
        webAcl: z
          .union([
            z.enum(['create', 'none']),
            z.string().regex(/^arn:aws[a-z-]*:wafv2:us-east-1:\d{12}:global\/webacl\/[\w-]+\/[\w-]+$/, 'use "create", "none" or the ARN of a CLOUDFRONT web ACL'),
          ])
          .default('create'),
        requestsPerFiveMinutes: z.number().int().min(10).max(2_000_000_000).default(1_000),
        complaintPostsPerFiveMinutes: z.number().int().min(10).max(2_000_000_000).default(20),
      })
      .prefault({}),
    /** The public intake's limits. */
    intake: z
      .object({
        /**
         * Acknowledgements emailed to one address in a day (Europe/London): past it a complaint
         * is still taken, but no more email goes to that address that day, so the forms cannot
         * be used to flood someone else's inbox.
         */
        acknowledgementsPerAddressPerDay: z.number().int().min(1).max(1_000).default(10),
      })
      .prefault({}),
    /**
     * How long the complainant's private status links keep working after the complaint is
     * closed or withdrawn (the record itself is kept for `retentionYears`).
     */
    statusLinkDaysAfterClosure: z.number().int().min(0).max(3_650).default(30),
    /** R3: at least three years after closure. */
    retentionYears: z.number().int().min(3).max(100).default(3),
    /** R1: how long an inspector's read-only link to the record lasts, unless the administrator says otherwise. */
    inspectorLinkDays: z.number().int().min(1).max(90).default(7),
    ofsted: ofstedContactSchema.default(DEFAULT_OFSTED_CONTACT),
    /** P3: the LADO contact for every setting that names none of its own. */
    lado: ladoContactSchema.optional(),
    settings: z.array(settingSchema).min(1),
    staff: z.array(staffMemberSchema).min(1),
  })
  .superRefine((org, ctx) => {
    const settingIds = new Set(org.settings.map((s) => s.id));
    org.staff.forEach((member, index) => {
      member.settings.forEach((settingId, settingIndex) => {
        if (!settingIds.has(settingId)) {
          ctx.addIssue({
            code: 'custom',
            path: ['staff', index, 'settings', settingIndex],
            message: `no setting has the id "${settingId}"`,
          });
        }
      });
    });
    const staffIds = org.staff.map((s) => s.id);
    staffIds.forEach((staffId, index) => {
      if (staffIds.indexOf(staffId) !== index) {
        ctx.addIssue({ code: 'custom', path: ['staff', index, 'id'], message: `duplicate staff id "${staffId}"` });
      }
    });
    for (const setting of org.settings) {
      const covers = (role: (typeof ROLES)[number]) =>
        org.staff.some((s) => s.roles.includes(role) && (s.settings.includes(setting.id) || role === 'owner'));
      for (const role of ['settingManager', 'safeguardingLead', 'lineManager'] as const) {
        if (!covers(role)) {
          ctx.addIssue({
            code: 'custom',
            path: ['staff'],
            message: `setting "${setting.id}" has no ${role}: every setting needs one`,
          });
        }
      }
    }
    if (!org.staff.some((s) => s.roles.includes('owner'))) {
      ctx.addIssue({ code: 'custom', path: ['staff'], message: 'no owner/trustee: appeals (P8, A6) need one' });
    }
    org.settings.forEach((setting, index) => {
      if (!setting.lado && !org.lado) {
        ctx.addIssue({
          code: 'custom',
          path: ['settings', index, 'lado'],
          message: `setting "${setting.id}" has no LADO contact (its own "lado" or the organisation's): allegation alerts give it to staff (P3)`,
        });
      }
    });
    // P3, P4, P7: no allegation may reach fewer than two people who are not the accused, and
    // no level may be left with nobody responsible, whoever a complaint is about.
    const knownSettings = org.settings.filter((setting) => settingIds.has(setting.id)).map((setting) => setting.id);
    for (const gap of procedureGaps({ members: org.staff }, knownSettings)) {
      ctx.addIssue({ code: 'custom', path: ['staff'], message: gap.message });
    }
  });

export type OrganisationConfig = z.infer<typeof organisationSchema>;
export type OrganisationConfigInput = z.input<typeof organisationSchema>;
export type StaffMember = z.infer<typeof staffMemberSchema>;
export type Setting = z.infer<typeof settingSchema>;
export type OfstedContact = z.infer<typeof ofstedContactSchema>;
export type LadoContact = z.infer<typeof ladoContactSchema>;

// Apart, so that a Lambda finds a setting's LADO without building this file's schemas.
export { ladoFor } from './lado';

/** Parses a configuration, throwing an error whose message names every bad field. */
export function parseOrganisationConfig(input: unknown, source = 'organisation config'): OrganisationConfig {
  const result = organisationSchema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  - ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  throw new Error(`Invalid ${source}:\n${problems.join('\n')}`);
}

/**
 * A subject access request: everything held about the complainant of a complaint, in their
 * language, for staff to give them. Staff-only entries (notes, confidential reports, what
 * staff wrote for the record) and another agency's information (F4) are marked, so that they
 * can be withheld where the law allows; nothing is left out silently.
 *
 * Primary course: load the complaint the caller may see (managers and the organisation-wide
 * roles only), read its whole Complaint Investigation Record, mark each entry, and log the
 * production in the complaint's access log (F3).
 */
import type { StaffPrincipal } from '../domain/access';
import { mayManage } from '../domain/access';
import type { Complaint, RecordEvent } from '../domain/complaint';
import { ForbiddenError } from '../domain/errors';
import type { Language } from '../domain/language';
import { loadVisible } from './load-complaint';
import type { RecordContext } from './record-context';

export type Marking = 'shared' | 'staffOnly' | 'thirdParty';

export interface SubjectAccessEntry {
  at: string;
  type: RecordEvent['type'];
  text: string;
  details: Record<string, string | number | boolean>;
  marking: Marking;
}

export interface SubjectAccessDocument {
  language: Language;
  organisation: string;
  settingName: string;
  producedAt: string;
  complaint: Pick<
    Complaint,
    'id' | 'track' | 'classification' | 'status' | 'receivedAt' | 'contact' | 'childName' | 'description' | 'desiredOutcome' | 'interpreterLanguage' | 'lastOutcome' | 'closedAt' | 'expiresAt'
  >;
  legalHold: boolean;
  /** The agency's own words and details on an agency complaint are its information (F4). */
  agencyInformation: boolean;
  entries: SubjectAccessEntry[];
  summativeRecord?: { text: string[]; marking: Marking };
}

/** Another agency's information in a note (F4): recorded with the agency's name. */
const FROM_AGENCY = 'fromAgency';

export function markingOf(event: RecordEvent): Marking {
  if (event.details && FROM_AGENCY in event.details) return 'thirdParty';
  return event.visibleToComplainant ? 'shared' : 'staffOnly';
}

export async function subjectAccess(ctx: RecordContext, principal: StaffPrincipal, complaintId: string): Promise<SubjectAccessDocument> {
  const { complaint } = await loadVisible(ctx, principal, complaintId);
  if (!mayManage(principal)) throw new ForbiddenError('A subject access request is answered by a manager or an administrator');
  const events = await ctx.repo.events(complaintId);
  const now = ctx.clock.now();
  await ctx.records.logAccess([
    {
      complaintId,
      at: now.toISOString(),
      kind: 'subjectAccess',
      by: principal.staffId,
      ...(complaint.expiresAt !== undefined ? { expiresAt: complaint.expiresAt } : {}),
    },
  ]);
  const summative = complaint.summativeRecord;
  return {
    language: complaint.language,
    organisation: ctx.directory.organisationName,
    settingName: ctx.directory.settingName(complaint.settingId) ?? complaint.settingId,
    producedAt: now.toISOString(),
    complaint: {
      id: complaint.id,
      track: complaint.track,
      classification: complaint.classification,
      status: complaint.status,
      receivedAt: complaint.receivedAt,
      contact: complaint.contact,
      description: complaint.description,
      ...(complaint.childName ? { childName: complaint.childName } : {}),
      ...(complaint.desiredOutcome ? { desiredOutcome: complaint.desiredOutcome } : {}),
      ...(complaint.interpreterLanguage ? { interpreterLanguage: complaint.interpreterLanguage } : {}),
      ...(complaint.lastOutcome ? { lastOutcome: complaint.lastOutcome } : {}),
      ...(complaint.closedAt ? { closedAt: complaint.closedAt } : {}),
      ...(complaint.expiresAt !== undefined ? { expiresAt: complaint.expiresAt } : {}),
    },
    legalHold: complaint.legalHold !== undefined,
    agencyInformation: complaint.track === 'agency',
    entries: events.map((event) => ({
      at: event.at,
      type: event.type,
      text: event.summary,
      details: event.details ?? {},
      marking: markingOf(event),
    })),
    ...(summative
      ? { summativeRecord: { text: [summative.raised, summative.investigation, summative.actionTaken], marking: 'staffOnly' as const } }
      : {}),
  };
}

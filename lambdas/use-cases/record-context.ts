/**
 * What the record's use cases are given beside every use case's context: the record store,
 * the organisation's settings as the record is headed with them (names, Ofsted URNs), and
 * how long an inspector's link lasts unless the administrator says otherwise.
 */
import type { StaffPrincipal } from '../domain/access';
import { seesAllSettings } from '../domain/access';
import { londonDayStart } from '../domain/calendar';
import { ForbiddenError } from '../domain/errors';
import type { RecordScope, RecordStore } from '../domain/record-ports';
import type { UseCaseContext } from './context';

export interface RecordSetting {
  id: string;
  name: string;
  ofstedUrn?: string;
}

export interface RecordContext extends UseCaseContext {
  records: RecordStore;
  settings: readonly RecordSetting[];
  /** R1: an inspector's link lasts this many days unless the administrator chooses otherwise. */
  inspectorLinkDays: number;
}

/**
 * What the record's readers use (the list, the export, the inspectors' links): the record store
 * and the directory, never the complaints themselves nor the clocks' rules, so that their
 * functions build neither (handlers/record-read-runtime.ts).
 */
export type RecordReadContext = Pick<RecordContext, 'clock' | 'directory' | 'records' | 'secrets' | 'settings' | 'inspectorLinkDays'>;

/** Administrators: inspector links, legal holds, access logs. */
export function requireAdministrator(principal: StaffPrincipal): void {
  if (!principal.roles.includes('administrator')) throw new ForbiddenError('Only an administrator may do this');
}

/**
 * Who may produce the record of complaints of a setting: those who see the whole setting
 * (managers, safeguarding leads, line managers) and the organisation-wide roles.
 */
const WHOLE_RECORD_ROLES = ['settingManager', 'safeguardingLead', 'lineManager'] as const;

export function mayProduceRecord(principal: StaffPrincipal, settingId: string): boolean {
  if (seesAllSettings(principal)) return true;
  return principal.settings.includes(settingId) && principal.roles.some((role) => (WHOLE_RECORD_ROLES as readonly string[]).includes(role));
}

/** A period of London dates as the bounds of `receivedAt`: [from's first instant, the day after to's). */
export function periodBounds(scope: Pick<RecordScope, 'from' | 'to'>): { from: string; to: string } {
  const dayAfter = new Date(Date.parse(`${scope.to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return { from: londonDayStart(scope.from).toISOString(), to: londonDayStart(dayAfter).toISOString() };
}

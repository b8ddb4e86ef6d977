/**
 * The service's alarms go to the people who run it day to day as the directory has them now
 * (issue 12): its active administrators, or its active owners where there is no administrator.
 * An alarm means a statutory clock may be late, and someone must keep watch by hand until it
 * is fixed, so the list follows every change of the directory instead of the build.
 *
 * Primary course: when the stored directory's version moved since the list was last brought in
 * line (or this warm function has not done it yet), make the list exactly those people. The
 * outbox sweeper does it every minute, so a change reaches the list within about a minute.
 *
 * Why the topic's subscriptions and not an email of our own: an alarm may be about our own
 * email path (SES refusing, the outbox not draining), and an SNS email does not go through it.
 */
import type { AlarmRecipients, StoredDirectory } from '../domain/directory-ports';
import type { DirectoryData } from '../domain/staff-directory';

export function alarmRecipientsOf(data: DirectoryData): string[] {
  const withRole = (role: 'administrator' | 'owner') =>
    data.members.filter((member) => member.active && member.roles.includes(role)).map((member) => member.email);
  const administrators = withRole('administrator');
  return administrators.length > 0 ? administrators : withRole('owner');
}

export class AlarmRecipientsKeeper {
  private keptVersion?: number;

  constructor(private readonly recipients: () => Promise<AlarmRecipients>) {}

  /** Undefined when the list already follows this version of the directory. */
  async keep(stored: StoredDirectory): Promise<{ subscribed: number; unsubscribed: number } | undefined> {
    if (stored.version === this.keptVersion) return undefined;
    const result = await (await this.recipients()).keep(alarmRecipientsOf(stored.data));
    this.keptVersion = stored.version;
    return result;
  }
}

/**
 * Letters for complainants without an email address (P5): what staff must print and post,
 * per setting, oldest first, and every letter of one complaint with whether and when it was
 * posted. Each comes rendered in the complainant's language, ready to print.
 *
 * Primary course: one index query per setting the caller may see (never a scan); letters of
 * complaints the caller may not see (about them, or another key person's) are left out.
 */
import type { StaffPrincipal } from '../domain/access';
import { maySeeComplaint, visibleSettings } from '../domain/access';
import type { Letter } from '../domain/complaint';
import type { EmailKind } from '../domain/notifications';
import type { RenderedLetter } from '../templates/render-email';
import { loadMessages } from '../templates/messages/load';
import type { UseCaseContext } from './context';
import { NotFoundError } from '../domain/errors';

export interface LetterView {
  reference: string;
  settingId: string;
  /** What staff pass back when they record it as posted. */
  key: string;
  kind: EmailKind;
  writtenAt: string;
  postedOn?: string;
  recipient: Letter['letter']['recipient'];
  /** False when there is no postal address: the letter is handed over or read out. */
  canBePosted: boolean;
  letter: RenderedLetter;
}

export async function listLettersToPrint(
  ctx: UseCaseContext,
  principal: StaffPrincipal,
  allSettings: readonly string[],
  filters: { settingId?: string; limit: number },
): Promise<{ items: LetterView[] }> {
  const settings = visibleSettings(principal, allSettings).filter((id) => !filters.settingId || id === filters.settingId);
  const letters = (await Promise.all(settings.map((id) => ctx.repo.lettersToPrint(id, filters.limit)))).flat();
  const complaints = new Map<string, boolean>();
  for (const id of new Set(letters.map((l) => l.letter.complaintId))) {
    const aggregate = await ctx.repo.load(id);
    complaints.set(id, aggregate !== undefined && maySeeComplaint(principal, aggregate.complaint));
  }
  return Promise.all(
    letters
      .filter((l) => complaints.get(l.letter.complaintId))
      .sort((a, b) => a.letter.createdAt.localeCompare(b.letter.createdAt))
      .slice(0, filters.limit)
      .map(toView),
  ).then((items) => ({ items }));
}

export async function lettersOfComplaint(
  ctx: UseCaseContext,
  principal: StaffPrincipal,
  complaintId: string,
): Promise<{ items: LetterView[] }> {
  // Checked here rather than through get-complaint, whose actions this function does not need.
  const aggregate = await ctx.repo.load(complaintId);
  if (!aggregate || !maySeeComplaint(principal, aggregate.complaint)) throw new NotFoundError();
  return { items: await Promise.all((await ctx.repo.letters(complaintId)).map(toView)) };
}

async function toView({ letter, postedOn }: Letter): Promise<LetterView> {
  // Loaded when a letter is shown: the renderer and that language's strings only.
  const [{ renderLetter }, messages] = await Promise.all([import('../templates/render-email'), loadMessages(letter.language)]);
  return {
    reference: letter.complaintId,
    settingId: letter.settingId,
    key: letter.key,
    kind: letter.message.kind,
    writtenAt: letter.createdAt,
    ...(postedOn ? { postedOn } : {}),
    recipient: letter.recipient,
    canBePosted: Boolean(letter.recipient.postalAddress),
    letter: renderLetter(letter.message, letter.language, messages, letter.recipient, letter.createdAt),
  };
}

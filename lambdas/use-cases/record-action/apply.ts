/**
 * What a staff action changes, by its type: the part of record-action.ts loaded on the first
 * action a container records. One module behind one dynamic import rather than one per kind
 * of action: the bundler splits the code a cold start loads along every lazy boundary, and
 * five of them cut it into eight small files, each costing a read, a compile and its source
 * map at init, more than the few kilobytes of steps that are loaded together now.
 */
import type { ActionDraft, StaffAction } from '../record-action';
import { acknowledgement, meeting, outcome } from './duties';
import { agreement, close, referral } from './endings';
import { extension } from './extension';
import { letterPosted } from './letter-posted';
import { note, ofsted, renewStatusLink } from './notes';

export function apply(draft: ActionDraft, action: StaffAction): void | Promise<void> {
  switch (action.type) {
    case 'acknowledgement':
      return acknowledgement(draft, action);
    case 'meeting':
      return meeting(draft, action);
    case 'outcome':
      return outcome(draft, action);
    case 'agreement':
      return agreement(draft, action);
    case 'referral':
      return referral(draft, action);
    case 'close':
      return close(draft, action);
    case 'extension':
      return extension(draft, action);
    case 'letterPosted':
      return letterPosted(draft, action);
    case 'ofsted':
      return ofsted(draft, action);
    case 'note':
      return note(draft, action);
    case 'renewStatusLink':
      return renewStatusLink(draft, action);
  }
}

/**
 * What happens at a level, in the complainant's words: said of a concern where a concern is
 * looked into there (P2), for the emails and the pages alike. Types only from the strings, so
 * a page that imports this loads no language it does not show.
 */
import type { Classification, LevelId } from '../../domain/procedure';
import type { Messages } from './en';

export function levelStep(common: Messages['common'], level: LevelId, raised: Classification | undefined): string {
  const ofConcern: Partial<Record<LevelId, string>> = common.forConcern.levelSteps;
  return (raised === 'concern' ? ofConcern[level] : undefined) ?? common.levelSteps[level];
}

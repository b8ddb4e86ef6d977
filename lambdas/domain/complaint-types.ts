/**
 * The vocabulary of a complaint, shared by entities, messages and schemas. Kept apart from
 * the entities so that templates and pages can use it without pulling in behaviour.
 */
export type { Classification, LevelId, Role, Subject, Track } from './procedure';
export type { Language } from './language';

/** P6, P8, A5: the three outcomes the procedure recognises. */
export const OUTCOMES = ['upheld', 'partlyUpheld', 'notUpheld'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const COMPLAINT_STATUSES = ['open', 'closed', 'withdrawn', 'referred'] as const;
/**
 * - `open`: a clock is running, or the complainant can still respond to an outcome.
 * - `closed`: finished (satisfied, or closed by staff after the last level).
 * - `withdrawn`: the complainant withdrew it.
 * - `referred`: an allegation of harm, handed to the allegations procedure (P3).
 */
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

/** How the complaint reached the setting (P5: written or spoken). */
export const CHANNELS = ['online', 'inPerson', 'phone', 'letter', 'email'] as const;
export type Channel = (typeof CHANNELS)[number];

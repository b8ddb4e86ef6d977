/**
 * Log lines that alarms read (lib/constructs/monitoring.ts turns them into metrics), shared
 * so that the two cannot drift apart. They carry counts and references, never personal data.
 */

/** After a sweep that did something, or while effects are parked: `failed`, `parked`, `parkedNow`. */
export const SWEEP_LOG_MESSAGE = 'Outbox swept';

/** An effect set aside after its last attempt: `reference`, `effectKind`, `error`. */
export const PARKED_LOG_MESSAGE = 'Outbox effect parked';

/** The clock step ended a loop of overdue reminders by its named error (not a fault): `status`. */
export const OVERDUE_LOOP_END_LOG_MESSAGE = 'Overdue reminders end';

/** A level's clock as a fixture: entered 2 March 2026, due at the end of 30 March (28 days), nothing sent yet. */
import type { LevelClock } from '../../lambdas/domain/complaint';

export const levelClock = (level: LevelClock['level'], extra: Partial<LevelClock> = {}, complaintId = 'K7QM-4XRT'): LevelClock => ({
  complaintId,
  level,
  enteredAt: '2026-03-02T10:00:00Z',
  statutoryDeadlineAt: '2026-03-30T22:59:59Z',
  deadlineAt: '2026-03-30T22:59:59Z',
  reminders: [],
  remindersSent: 0,
  overdueSent: 0,
  attempt: 0,
  ...extra,
});

import { describe, expect, it } from 'vitest';
import { OVERDUE_LOOP_END_ERRORS, overdueLoopEndOf, type ClockState } from '../../lambdas/domain/clock';

const lapsed: ClockState = {
  level: 'owners',
  status: 'lapsed',
  deadlineAt: '2025-04-14T23:59:59Z',
  reminderIndex: 2,
  nextOverdueAt: '2025-04-21T23:59:59Z',
  overdueIndex: 1,
  attempt: 0,
};

describe('Function: overdueLoopEndOf', () => {
  it('P8/A6: while the level stays overdue the loop goes on; done, ended or a hand-over end it by their own error names', () => {
    expect(overdueLoopEndOf('overdue', lapsed)).toBeUndefined();
    for (const status of ['done', 'ended', 'handOver'] as const) {
      const end = overdueLoopEndOf('overdue', { ...lapsed, status });
      expect(end?.name).toBe(OVERDUE_LOOP_END_ERRORS[status]);
      expect(end?.status).toBe(status);
    }
  });

  it('only the overdue step ends a loop this way: every other step answers with its status', () => {
    for (const step of ['open', 'check', 'remind', 'lapse', 'handOver'] as const) {
      expect(overdueLoopEndOf(step, { ...lapsed, status: 'done' })).toBeUndefined();
    }
  });

  it('the error names are distinct and none is a name Step Functions reserves', () => {
    const names = Object.values(OVERDUE_LOOP_END_ERRORS);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).not.toMatch(/^(States|Lambda)\./);
  });
});

import { describe, expect, it } from 'vitest';
import { isSupersededExecution } from '../../lambdas/domain/clock';

describe('Function: isSupersededExecution', () => {
  const current = { attempt: 1, generation: 0 };

  it('an execution of this level under an earlier attempt or generation is superseded; the current one is not', () => {
    expect(isSupersededExecution('K7QM-4XRT-settingManager', 'K7QM-4XRT', 'settingManager', current)).toBe(true);
    expect(isSupersededExecution('K7QM-4XRT-settingManager-1', 'K7QM-4XRT', 'settingManager', current)).toBe(false);
    expect(isSupersededExecution('K7QM-4XRT-settingManager-1', 'K7QM-4XRT', 'settingManager', { attempt: 1, generation: 2 })).toBe(true);
    expect(isSupersededExecution('K7QM-4XRT-settingManager-1-g2', 'K7QM-4XRT', 'settingManager', { attempt: 1, generation: 2 })).toBe(false);
  });

  it('an execution that reached this level from another (a lapse) is never superseded here, nor one of a level whose name begins the same', () => {
    expect(isSupersededExecution('K7QM-4XRT-keyPerson', 'K7QM-4XRT', 'settingManager', current)).toBe(false);
    expect(isSupersededExecution('K7QM-4XRT-lineManagerReport', 'K7QM-4XRT', 'lineManager', current)).toBe(false);
  });
});

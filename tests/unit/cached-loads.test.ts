import { describe, expect, it } from 'vitest';
import { cachedLoads } from '../../lambdas/templates/cached-loads';
import { loadMessages } from '../../lambdas/templates/messages/load';
import { loadPageText } from '../../lambdas/templates/site/i18n/load';

/** A loader whose first `failures` loads of each key fail (a chunk not read), then succeed. */
function flakyLoader(failures: number) {
  const calls: string[] = [];
  const load = async (key: string) => {
    calls.push(key);
    if (calls.filter((called) => called === key).length <= failures) throw new Error(`chunk ${key} not read`);
    return `strings of ${key}`;
  };
  return { load, calls };
}

describe('Function: cachedLoads (the emails’ and pages’ language loaders)', () => {
  it('forgets a failed load, so the next call tries again and gets the strings', async () => {
    // Prepare
    const { load, calls } = flakyLoader(1);
    const loadStrings = cachedLoads(load);

    // Act
    const first = loadStrings('cy');
    const second = await first.then(
      () => 'not expected',
      () => loadStrings('cy'),
    );

    // Assess
    await expect(first).rejects.toThrow('chunk cy not read');
    expect(second).toBe('strings of cy');
    expect(calls).toEqual(['cy', 'cy']);
  });

  it('loads a key once while it succeeds, sharing the load between callers at the same moment', async () => {
    // Prepare
    const { load, calls } = flakyLoader(0);
    const loadStrings = cachedLoads(load);

    // Act
    const [a, b] = await Promise.all([loadStrings('ur'), loadStrings('ur')]);
    const later = await loadStrings('ur');
    const other = await loadStrings('pl');

    // Assess
    expect([a, b, later, other]).toEqual(['strings of ur', 'strings of ur', 'strings of ur', 'strings of pl']);
    expect(calls).toEqual(['ur', 'pl']);
  });

  it('callers waiting on a load that fails all hear of it; the one after them loads afresh', async () => {
    // Prepare
    const { load, calls } = flakyLoader(1);
    const loadStrings = cachedLoads(load);

    // Act
    const together = await Promise.allSettled([loadStrings('ar'), loadStrings('ar')]);
    const after = await loadStrings('ar');

    // Assess
    expect(together.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    expect(after).toBe('strings of ar');
    expect(calls).toEqual(['ar', 'ar']);
  });

  it('the real loaders give each language its own strings, the same object each time', async () => {
    const welsh = await loadMessages('cy');
    expect(await loadMessages('cy')).toBe(welsh);
    expect(welsh).not.toBe(await loadMessages('en'));
    const urdu = await loadPageText('ur');
    expect(await loadPageText('ur')).toBe(urdu);
  });
});

/** The benchmarks' rounds: what one variant leaves behind must not always land on the same next one. */
import { describe, expect, it } from 'vitest';
import { interleave, pairedRatio, williamsOrders } from '../../bench/lib/stats';

describe('Bench: interleaved rounds', () => {
  it.each([2, 3, 4, 5])('orders %i variants so that each runs first, and directly after each other one, equally often', (n) => {
    // Act
    const orders = williamsOrders(n);
    // Assess
    const firsts = new Map<number, number>();
    const follows = new Map<string, number>();
    for (const order of orders) {
      expect([...order].sort()).toEqual(Array.from({ length: n }, (_, i) => i));
      firsts.set(order[0]!, (firsts.get(order[0]!) ?? 0) + 1);
      for (let i = 1; i < n; i += 1) follows.set(`${order[i - 1]}>${order[i]}`, (follows.get(`${order[i - 1]}>${order[i]}`) ?? 0) + 1);
    }
    expect(firsts.size).toBe(n);
    expect(new Set(firsts.values()).size).toBe(1);
    expect(follows.size).toBe(n * (n - 1));
    expect(new Set(follows.values()).size).toBe(1);
  });

  it('runs every variant once a round, and never one always straight after another', async () => {
    // Prepare
    const ran: string[] = [];
    const variant = (name: string) => async () => (ran.push(name), 1);
    // Act
    const samples = await interleave(4, { a: variant('a'), b: variant('b'), c: variant('c'), d: variant('d') });
    // Assess
    expect(Object.values(samples).map((values) => values.length)).toEqual([4, 4, 4, 4]);
    const after = (name: string) => new Set(ran.flatMap((each, i) => (i > 0 && ran[i - 1] === name && i % 4 !== 0 ? [each] : [])));
    for (const name of ['a', 'b', 'c', 'd']) expect(after(name).size).toBe(3);
  });

  it('compares two variants round by round: the median of each round\'s own ratio', () => {
    // Prepare: the machine's load changes from round to round; b is 80% of a in two rounds of three.
    const a = [100, 50, 60];
    const b = [80, 40, 60];
    // Act
    const ratio = pairedRatio(b, a);
    // Assess: the ratio of the two medians would be 60 / 60, pairing rounds under different loads.
    expect(ratio).toBeCloseTo(0.8);
  });
});

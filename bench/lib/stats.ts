/** Medians and ranges of repeated measurements, and rounds that interleave the variants. */

export interface Summary {
  median: number;
  min: number;
  max: number;
  n: number;
}

export function summarise(values: readonly number[]): Summary {
  if (values.length === 0) return { median: Number.NaN, min: Number.NaN, max: Number.NaN, n: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, n: sorted.length };
}

/**
 * Runs every variant once per round, so that a burst of load from elsewhere on the machine
 * hits all variants alike rather than whichever ran then. The orders form a Williams design:
 * over its rounds each variant runs first equally often and follows every other variant
 * equally often, so what one variant leaves behind (garbage to collect, a table's writes to
 * settle) does not always land on the same next one, as it would if the order were only
 * rotated.
 */
export async function interleave<K extends string>(
  rounds: number,
  variants: Readonly<Record<K, () => Promise<number>>>,
): Promise<Record<K, number[]>> {
  const names = Object.keys(variants) as K[];
  const samples = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<K, number[]>;
  const orders = williamsOrders(names.length);
  for (let round = 0; round < rounds; round += 1) {
    for (const index of orders[round % orders.length]!) {
      const name = names[index]!;
      samples[name].push(await variants[name]());
    }
  }
  return samples;
}

/**
 * Orders of 0..n-1 in which each value comes first once and directly after each other value
 * once (n even), or twice in twice as many orders (n odd): 0, 1, n-1, 2, n-2, … shifted by
 * each round, and for odd n the same reversed.
 */
export function williamsOrders(n: number): number[][] {
  const first = Array.from({ length: n }, (_, i) => (i === 0 ? 0 : i % 2 === 1 ? (i + 1) / 2 : n - i / 2));
  const orders = Array.from({ length: n }, (_, shift) => first.map((value) => (value + shift) % n));
  return n % 2 === 0 ? orders : [...orders, ...orders.map((order) => [...order].reverse())];
}

/**
 * The median over rounds of one variant's rate against another's in the same round. The
 * machine's other work comes and goes over seconds to minutes; the variants of a round run
 * within seconds of each other, so a round's ratio sees them under much the same load, where
 * a ratio of the two medians can pair a busy round of one with a quiet round of the other.
 */
export function pairedRatio(values: readonly number[], references: readonly number[]): number {
  return summarise(values.map((value, round) => value / references[round]!)).median;
}

export function ratio(value: number, reference: number): number {
  return reference > 0 ? value / reference : Number.NaN;
}

/**
 * The parked effects' port, for the administrators' two functions and the sweeper's count:
 * no other function loads its adapter.
 */
import { DynamoDbParkedEffects } from '../adapters/dynamodb/parked-effects';
import type { ParkedEffects } from '../domain/ports';
import type { DirectorySnapshot } from '../domain/staff-directory';
import type { ParkedEffectsContext } from '../use-cases/parked-effects';
import { getBaseRuntime } from './base-runtime';
import { useCaseContext } from './runtime';

let parked: ParkedEffects | undefined;

export function parkedEffects(): ParkedEffects {
  const { table } = getBaseRuntime();
  parked ??= new DynamoDbParkedEffects(table.client, table.name);
  return parked;
}

/** The use cases' context (runtime.ts) with the parked effects. */
export async function parkedEffectsContext(): Promise<ParkedEffectsContext & { directory: DirectorySnapshot }> {
  return { ...(await useCaseContext()), parked: parkedEffects() };
}

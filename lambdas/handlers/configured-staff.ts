/**
 * The configuration's staff: what seeds the stored directory, and what stands in for it
 * until it is stored (the deployment's seed runs before anyone can sign in, so in practice
 * only the seed itself, the sweeper's first run and the embedded default's start read them).
 * A module of its own, imported only when they are needed and importing nothing: the bundler
 * puts the staff, compiled in as process.env.ORG_STAFF (lib/constructs/bundling.ts), in a
 * chunk no cold start loads.
 */
import type { FunctionConfig } from '../../lib/config/organisation';

export function configuredStaff(): FunctionConfig['staff'] {
  const staff = process.env.ORG_STAFF;
  if (!staff) throw new Error('ORG_STAFF is not set');
  return JSON.parse(staff) as FunctionConfig['staff'];
}

/**
 * The LADO contact staff are given for an allegation at a setting (P3). A module of its own,
 * with types only from organisation.ts: the Lambdas use it without building the config's
 * zod schemas at every cold start.
 */
import type { LadoContact, OrganisationConfig } from './organisation';

export function ladoFor(org: Pick<OrganisationConfig, 'settings' | 'lado'>, settingId: string): LadoContact | undefined {
  return org.settings.find((setting) => setting.id === settingId)?.lado ?? org.lado;
}

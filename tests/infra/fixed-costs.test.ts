/**
 * What it costs (the benchmark's cost table): the fixed monthly costs are counted over every
 * stack the organisation deploys, so the web firewall, which lives in its own stack in
 * us-east-1, is in the month when the configuration creates it, and only then.
 */
import { describe, expect, it } from 'vitest';
import { fixedCosts, PRICES } from '../../bench/cost';
import { synthesizeOrganisation } from '../../bench/lib/synth';
import type { OrganisationConfig } from '../../lib/config/organisation';
import { exampleConfig } from './helpers/synth';

function withWebAcl(webAcl: OrganisationConfig['edge']['webAcl']): OrganisationConfig {
  const config = exampleConfig();
  return { ...config, edge: { ...config.edge, webAcl } };
}

describe('Bench: the fixed monthly costs of the stacks', () => {
  it('count the web ACL of the us-east-1 edge stack and each of its rules when the configuration creates it', () => {
    // Act
    const fixed = fixedCosts(synthesizeOrganisation(withWebAcl('create')));

    // Assess
    expect(fixed.webAcls).toBe(1);
    expect(fixed.wafRules).toBe(3);
    expect(fixed.wafUsdPerMonth).toBeCloseTo(PRICES.wafWebAclPerMonth.usd + 3 * PRICES.wafRulePerMonth.usd);
    expect(fixed.kmsKeys).toBeGreaterThan(0);
    expect(fixed.usdPerMonth).toBeGreaterThan(fixed.wafUsdPerMonth);
  });

  it('count no web ACL when the configuration names none', () => {
    // Act
    const fixed = fixedCosts(synthesizeOrganisation(withWebAcl('none')));

    // Assess
    expect(fixed).toMatchObject({ webAcls: 0, wafRules: 0, wafUsdPerMonth: 0 });
    expect(fixed.kmsKeys).toBeGreaterThan(0);
  });
});

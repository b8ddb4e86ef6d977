import { Validations, type Stack } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { beforeAll, describe, expect, it } from 'vitest';
import { synthComplaintsStack } from './helpers/synth';

interface Acknowledgement {
  path: string;
  id: string;
  reason: string;
}

function acknowledgementsIn(root: IConstruct): Acknowledgement[] {
  return root.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([id, reason]) => ({
          path: construct.node.path,
          id: id.replace(/^annotation::/i, ''),
          reason,
        })),
      ),
  );
}

describe('App: cdk-nag AwsSolutions', () => {
  let stack: Stack;

  beforeAll(() => {
    // Prepare
    ({ stack } = synthComplaintsStack());
  });

  it('reports no unacknowledged error or warning', () => {
    // Act
    const report = new AwsSolutionsChecks().validateScope(stack);
    // Assess
    const findings = report.violations.map(
      (v) => `${v.severity} ${v.ruleName}: ${v.violatingResources.map((r) => r.constructPath).join(', ')}`,
    );
    expect(findings).toEqual([]);
    expect(report.success).toBe(true);
  });

  it('acknowledges each finding with a written reason, on a construct, never on the stack or app', () => {
    const acknowledgements = acknowledgementsIn(stack.node.root);
    expect(acknowledgements.length).toBeGreaterThan(0);
    for (const acknowledgement of acknowledgements) {
      expect(acknowledgement.reason.length, acknowledgement.id).toBeGreaterThan(40);
      expect([stack.node.path, ''], acknowledgement.id).not.toContain(acknowledgement.path);
    }
  });

  it('acknowledges wildcards finding by finding, never a whole rule', () => {
    const bare = acknowledgementsIn(stack.node.root).filter((a) => a.id === 'AwsSolutions-IAM5');
    expect(bare).toEqual([]);
  });
});

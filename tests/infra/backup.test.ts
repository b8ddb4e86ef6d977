import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { RecordBackup, retentionDays } from '../../lib/constructs/backup';
import { Storage } from '../../lib/constructs/storage';
import { actionsOf, bareStack, exampleConfig, synthComplaintsStack, type Statement } from './helpers/synth';

function backupTemplate(retentionYears: number): Template {
  const stack = bareStack();
  const storage = new Storage(stack, 'Storage');
  new RecordBackup(stack, 'Backup', { table: storage.table, key: storage.key, retentionYears });
  return Template.fromStack(stack);
}

type Rule = { RuleName: string; ScheduleExpression: string; Lifecycle: { DeleteAfterDays: number } };

function rulesOf(template: Template): Rule[] {
  const plans = Object.values(template.findResources('AWS::Backup::BackupPlan'));
  expect(plans).toHaveLength(1);
  return (plans[0]!.Properties as { BackupPlan: { BackupPlanRule: Rule[] } }).BackupPlan.BackupPlanRule;
}

describe('Construct: RecordBackup', () => {
  it.each([3, 7])('R3: with retentionYears %i, a backup of the table is kept at least that many years', (years) => {
    // Act
    const rules = rulesOf(backupTemplate(years));

    // Assess: the longest-kept backup outlives the retention, leap days included
    const longest = Math.max(...rules.map((rule) => rule.Lifecycle.DeleteAfterDays));
    expect(longest).toBeGreaterThanOrEqual(Math.ceil(years * 365.25));
    expect(rules.map((rule) => rule.RuleName).sort()).toEqual(['Daily', 'MonthlyForTheRetentionPeriod']);
    // A monthly backup is taken every month, so no closed complaint's last state goes unkept.
    expect(rules.find((rule) => rule.RuleName === 'MonthlyForTheRetentionPeriod')?.ScheduleExpression).toBe('cron(0 3 1 * ? *)');
  });

  it('R3: the plan selects the complaints table, and the vault is encrypted with its key, locked, and outlives the stack', () => {
    // Act
    const template = backupTemplate(3);

    // Assess
    const [tableId] = Object.keys(template.findResources('AWS::DynamoDB::Table'));
    const [keyId] = Object.keys(template.findResources('AWS::KMS::Key'));
    const [selection] = Object.values(template.findResources('AWS::Backup::BackupSelection'));
    expect(JSON.stringify(selection!.Properties)).toContain(tableId!);
    template.hasResource('AWS::Backup::BackupVault', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: { EncryptionKeyArn: { 'Fn::GetAtt': [keyId, 'Arn'] }, LockConfiguration: { MinRetentionDays: 35 } },
    });
    // Least privilege: AWS Backup's own policy for taking backups, and the table's key action
    // by action (no wildcard), on the key alone.
    const roles = template.findResources('AWS::IAM::Role');
    const [roleId] = Object.keys(roles);
    expect(JSON.stringify(roles[roleId!]!.Properties.ManagedPolicyArns)).toContain('service-role/AWSBackupServiceRolePolicyForBackup');
    const statements = Object.values(template.findResources('AWS::IAM::Policy')).flatMap(
      (policy) => (policy.Properties as { PolicyDocument: { Statement: Statement[] } }).PolicyDocument.Statement,
    );
    expect(statements.flatMap(actionsOf).sort()).toEqual(['kms:Decrypt', 'kms:DescribeKey', 'kms:Encrypt', 'kms:GenerateDataKey']);
    expect(statements.map((statement) => statement.Resource)).toEqual([{ 'Fn::GetAtt': [keyId, 'Arn'] }]);
  });

  it('R3: fewer than three years is refused', () => {
    // Prepare
    const stack = bareStack();
    const storage = new Storage(stack, 'Storage');
    // Act / Assess
    expect(() => new RecordBackup(stack, 'Backup', { table: storage.table, key: storage.key, retentionYears: 2 })).toThrow(/at least 3/);
  });

  it('R3: the stack backs up its table for the retention its configuration names', () => {
    // Prepare
    const config = { ...exampleConfig(), retentionYears: 6 };
    // Act
    const { template } = synthComplaintsStack(config);
    // Assess
    const longest = Math.max(...rulesOf(template).map((rule) => rule.Lifecycle.DeleteAfterDays));
    expect(longest).toBe(retentionDays(6));
    expect(longest).toBeGreaterThanOrEqual(Math.ceil(6 * 365.25));
  });
});

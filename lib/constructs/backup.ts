/**
 * R3: the record of complaints is kept at least `retentionYears`, whatever happens to the
 * table. Point-in-time recovery covers 35 days; AWS Backup keeps a daily backup for 35 days
 * and a monthly one for the retention period (a day a year more, for leap years), in a vault
 * encrypted with the table's own key, and the vault refuses early deletion of recovery points.
 */
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as backup from 'aws-cdk-lib/aws-backup';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import type * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';

export interface RecordBackupProps {
  table: dynamodb.ITable;
  key: kms.IKey;
  /** R3: at least three. */
  retentionYears: number;
}

/** Days that are never fewer than `years` years, leap years included. */
export function retentionDays(years: number): number {
  return years * 366;
}

export class RecordBackup extends Construct {
  public readonly vault: backup.BackupVault;
  public readonly plan: backup.BackupPlan;

  constructor(scope: Construct, id: string, props: RecordBackupProps) {
    super(scope, id);
    if (props.retentionYears < 3) throw new Error('retentionYears must be at least 3 (R3)');

    this.vault = new backup.BackupVault(this, 'Vault', {
      encryptionKey: props.key,
      removalPolicy: RemovalPolicy.RETAIN,
      // Recovery points cannot be deleted by hand before their time, nor the vault with them.
      lockConfiguration: { minRetention: Duration.days(35) },
    });
    this.plan = new backup.BackupPlan(this, 'Plan', { backupVault: this.vault });
    this.plan.addRule(
      new backup.BackupPlanRule({
        ruleName: 'Daily',
        scheduleExpression: events.Schedule.cron({ hour: '2', minute: '0' }),
        deleteAfter: Duration.days(35),
      }),
    );
    this.plan.addRule(
      new backup.BackupPlanRule({
        ruleName: 'MonthlyForTheRetentionPeriod',
        scheduleExpression: events.Schedule.cron({ day: '1', hour: '3', minute: '0' }),
        deleteAfter: Duration.days(retentionDays(props.retentionYears)),
      }),
    );
    const selection = this.plan.addSelection('Table', {
      resources: [backup.BackupResource.fromDynamoDbTable(props.table)],
    });
    // The table is encrypted with its own key: the service role may use that key, action by
    // action (no ReEncrypt*, GenerateDataKey* wildcards), and no other.
    props.key.grant(selection.grantPrincipal, 'kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey', 'kms:DescribeKey');
    const role = selection.node.findChild('Role');
    Validations.of(role).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup]',
      reason:
        "AWS Backup's own managed policy for taking backups is the documented least privilege for its service role; the plan's selection limits it to the complaints table",
    });
  }
}

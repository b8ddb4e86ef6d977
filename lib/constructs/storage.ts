/**
 * The complaints table: the complaint, its Complaint Investigation Record, its clocks and
 * its outbox, in one single-table design shared with the adapter (table-design.ts).
 *
 * The record must survive at least three years after a complaint closes (R3), so the table
 * is protected every way CloudFormation allows: deletion protection, RETAIN, point-in-time
 * recovery. Complaints hold personal and safeguarding data: a customer-managed KMS key
 * means the organisation can see every use of it in CloudTrail and can revoke it.
 */
import { RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { INDEXES, TABLE_KEYS, TTL_ATTRIBUTE } from '../../lambdas/adapters/dynamodb/table-design';

export class Storage extends Construct {
  public readonly table: dynamodb.Table;
  public readonly key: kms.Key;

  constructor(scope: Construct, id: string) {
    super(scope, id);

    this.key = new kms.Key(this, 'Key', {
      description: 'Encrypts the complaints table: complaints, their records and contacts',
      enableKeyRotation: true,
      // Without the key the table (and its backups) cannot be read: it goes only with them.
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const string = (name: string): dynamodb.Attribute => ({ name, type: dynamodb.AttributeType.STRING });

    // Table, not TableV2: TableV2 (a GlobalTable) with a customer-managed key needs a
    // concrete region at synth, and this app synthesizes region-agnostic, offline, with no
    // credentials; the deploy takes the region of the caller's profile.
    this.table = new dynamodb.Table(this, 'Table', {
      partitionKey: string(TABLE_KEYS.partitionKey),
      sortKey: string(TABLE_KEYS.sortKey),
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: this.key,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      // Set on every item of a complaint when it closes, never less than three years on (R3).
      timeToLiveAttribute: TTL_ATTRIBUTE,
      // The outbox's stream consumer carries out each effect as soon as it is written.
      stream: dynamodb.StreamViewType.NEW_IMAGE,
    });
    // Each index is sparse and holds only items its reader returns whole (open clocks,
    // complaints received, pending effects): KEYS_ONLY would turn every list into one
    // GetItem per row, and an INCLUDE list would drift from the adapter's items.
    for (const index of Object.values(INDEXES)) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.name,
        partitionKey: string(index.partitionKey),
        sortKey: string(index.sortKey),
        projectionType: dynamodb.ProjectionType.ALL,
      });
    }
  }
}

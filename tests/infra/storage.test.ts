import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { INDEXES, TABLE_KEYS, TTL_ATTRIBUTE } from '../../lambdas/adapters/dynamodb/table-design';
import { Storage } from '../../lib/constructs/storage';
import { bareStack } from './helpers/synth';

describe('Construct: Storage', () => {
  let template: Template;

  beforeAll(() => {
    // Prepare
    const stack = bareStack();
    new Storage(stack, 'Storage');
    // Act
    template = Template.fromStack(stack);
  });

  it('keeps complaints for at least three years: TTL, PITR, deletion protection, RETAIN (R3)', () => {
    // Assess
    template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({
        DeletionProtectionEnabled: true,
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        TimeToLiveSpecification: { AttributeName: TTL_ATTRIBUTE, Enabled: true },
      }),
    });
  });

  it('encrypts with a customer-managed key that rotates and outlives the stack', () => {
    const [keyId] = Object.keys(template.findResources('AWS::KMS::Key'));
    template.hasResource('AWS::KMS::Key', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({ EnableKeyRotation: true }),
    });
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      SSESpecification: { SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: { 'Fn::GetAtt': [keyId, 'Arn'] } },
    });
  });

  it('has the keys and the three sparse indexes of table-design.ts, each projecting whole items', () => {
    const [table] = Object.values(template.findResources('AWS::DynamoDB::Table')) as Array<{
      Properties: { KeySchema: unknown[]; GlobalSecondaryIndexes: Array<{ IndexName: string; KeySchema: unknown[]; Projection: unknown }> };
    }>;
    expect(table!.Properties.KeySchema).toEqual([
      { AttributeName: TABLE_KEYS.partitionKey, KeyType: 'HASH' },
      { AttributeName: TABLE_KEYS.sortKey, KeyType: 'RANGE' },
    ]);
    const indexes = table!.Properties.GlobalSecondaryIndexes;
    expect(indexes.map((index) => index.IndexName).sort()).toEqual(Object.values(INDEXES).map((i) => i.name).sort());
    for (const index of Object.values(INDEXES)) {
      expect(indexes.find((i) => i.IndexName === index.name)).toMatchObject({
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: 'HASH' },
          { AttributeName: index.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      });
    }
  });

  it('bills on demand, streams new images (the outbox consumer reads them) and has no physical name', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      BillingMode: 'PAY_PER_REQUEST',
      StreamSpecification: { StreamViewType: 'NEW_IMAGE' },
      TableName: Match.absent(),
    });
  });
});

import { describe, expect, it } from 'vitest';
import { createTableInputFromTemplate, LOCAL_TABLE_NAME } from '../../local/table';

/** The shape CDK synthesizes for a Table with one GSI and a TTL attribute. */
const fragment = {
  Resources: {
    StorageKey1234: { Type: 'AWS::KMS::Key', Properties: { EnableKeyRotation: true } },
    StorageTableABCD: {
      Type: 'AWS::DynamoDB::Table',
      Properties: {
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
        AttributeDefinitions: [
          { AttributeName: 'pk', AttributeType: 'S' },
          { AttributeName: 'sk', AttributeType: 'S' },
          { AttributeName: 'deadlinePk', AttributeType: 'S' },
          { AttributeName: 'deadlineSk', AttributeType: 'S' },
        ],
        BillingMode: 'PAY_PER_REQUEST',
        GlobalSecondaryIndexes: [
          {
            IndexName: 'byDeadline',
            KeySchema: [
              { AttributeName: 'deadlinePk', KeyType: 'HASH' },
              { AttributeName: 'deadlineSk', KeyType: 'RANGE' },
            ],
            Projection: { ProjectionType: 'ALL' },
          },
        ],
        TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        SSESpecification: { KMSMasterKeyId: { 'Fn::GetAtt': ['StorageKey1234', 'Arn'] }, SSEEnabled: true },
        DeletionProtectionEnabled: true,
      },
      UpdateReplacePolicy: 'Retain',
      DeletionPolicy: 'Retain',
    },
  },
};

describe('Function: createTableInputFromTemplate', () => {
  it('takes keys, attribute definitions, indexes and TTL from the template, on demand', () => {
    // Act
    const definition = createTableInputFromTemplate(fragment);

    // Assess
    expect(definition.create).toMatchObject({
      TableName: LOCAL_TABLE_NAME,
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: fragment.Resources.StorageTableABCD.Properties.KeySchema,
      AttributeDefinitions: fragment.Resources.StorageTableABCD.Properties.AttributeDefinitions,
      GlobalSecondaryIndexes: fragment.Resources.StorageTableABCD.Properties.GlobalSecondaryIndexes,
    });
    expect(definition.timeToLiveAttribute).toBe('expiresAt');
  });

  it('leaves out what DynamoDB Local does not take (encryption, recovery, protection)', () => {
    // Act
    const { create } = createTableInputFromTemplate(fragment, 'other');

    // Assess
    expect(create.TableName).toBe('other');
    expect(Object.keys(create)).not.toContain('SSESpecification');
    expect(Object.keys(create)).not.toContain('DeletionProtectionEnabled');
  });

  it('rejects a template without exactly one table', () => {
    // Prepare
    const twoTables = {
      Resources: { ...fragment.Resources, Second: { ...fragment.Resources.StorageTableABCD } },
    };

    // Act + Assess
    expect(() => createTableInputFromTemplate({ Resources: {} })).toThrow(/one DynamoDB table.*found 0/);
    expect(() => createTableInputFromTemplate(twoTables)).toThrow(/found 2/);
    expect(createTableInputFromTemplate(twoTables, 'x', 'Second').create.TableName).toBe('x');
  });

  it('names the property it does not understand', () => {
    // Prepare
    const broken = structuredClone(fragment);
    (broken.Resources.StorageTableABCD.Properties.KeySchema[0] as { KeyType: string }).KeyType = 'PRIMARY';

    // Act + Assess
    expect(() => createTableInputFromTemplate(broken)).toThrow(/StorageTableABCD.*\n.*KeySchema\.0\.KeyType/);
  });
});

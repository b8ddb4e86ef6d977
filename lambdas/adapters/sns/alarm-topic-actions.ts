/**
 * The SNS actions the alarm recipients adapter calls, granted to the outbox sweeper on the
 * alarm topic only. Apart from the adapter so that the CDK app can read it without the SNS client.
 */
export const ALARM_TOPIC_ACTIONS = ['sns:ListSubscriptionsByTopic', 'sns:Subscribe', 'sns:Unsubscribe'] as const;

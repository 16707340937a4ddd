/**
 * Issue 13: CloudWatch alarms on what ops must hear about without looking — a message on a
 * dead-letter queue, a failed execution of any state machine, and the API's 5xx rate — all to
 * one SNS topic (subscribe an e-mail, a pager or a chat hook to it after deploy).
 */
export interface AlarmSources {
  /** Dead-letter queues by name (IngestDlq, WebhookDlq). */
  deadLetterQueues: Record<string, { arn: $util.Input<string> }>;
  /** State machines by name (DocumentIngest, MatchDeepDive, Tailor, Rematch, Reconcile). */
  stateMachines: Record<string, { arn: $util.Input<string> }>;
  api: { nodes: { api: { id: $util.Input<string> } } };
}

/** The share of API answers that may be 5xx over 5 minutes before the alarm fires. */
export const api5xxRatePercent = 5;

const queueNameOf = (arn: $util.Input<string>) =>
  $util.output(arn).apply((value) => value.slice(value.lastIndexOf(":") + 1));

export function createAlarms(sources: AlarmSources) {
  const topic = new aws.sns.Topic("AlarmTopic");
  const common = {
    alarmActions: [topic.arn],
    okActions: [topic.arn],
    evaluationPeriods: 1,
    period: 300,
    treatMissingData: "notBreaching",
  };
  const dlqs = Object.entries(sources.deadLetterQueues).map(
    ([name, queue]) =>
      new aws.cloudwatch.MetricAlarm(`${name}Alarm`, {
        ...common,
        alarmDescription: `${name}: messages that failed every retry are waiting (see docs/webhooks.md, architecture.md)`,
        namespace: "AWS/SQS",
        metricName: "ApproximateNumberOfMessagesVisible",
        dimensions: { QueueName: queueNameOf(queue.arn) },
        statistic: "Maximum",
        comparisonOperator: "GreaterThanOrEqualToThreshold",
        threshold: 1,
      }),
  );
  const executions = Object.entries(sources.stateMachines).map(
    ([name, machine]) =>
      new aws.cloudwatch.MetricAlarm(`${name}FailedAlarm`, {
        ...common,
        alarmDescription: `${name}: executions failed (the Step Functions console shows which and why)`,
        namespace: "AWS/States",
        metricName: "ExecutionsFailed",
        dimensions: { StateMachineArn: machine.arn },
        statistic: "Sum",
        comparisonOperator: "GreaterThanOrEqualToThreshold",
        threshold: 1,
      }),
  );
  // The rate, not a count: 5xx answers as a share of all answers (metric math over two metrics).
  const apiMetric = (id: string, metricName: string) => ({
    id,
    metric: {
      namespace: "AWS/ApiGateway",
      metricName,
      dimensions: { ApiId: sources.api.nodes.api.id },
      period: 300,
      stat: "Sum",
    },
  });
  const api5xx = new aws.cloudwatch.MetricAlarm("Api5xxRateAlarm", {
    alarmActions: [topic.arn],
    okActions: [topic.arn],
    evaluationPeriods: 1,
    treatMissingData: "notBreaching",
    alarmDescription: `API: more than ${api5xxRatePercent}% of answers were 5xx over 5 minutes`,
    comparisonOperator: "GreaterThanThreshold",
    threshold: api5xxRatePercent,
    metricQueries: [
      { id: "rate", expression: "100 * errors / MAX([requests, 1])", label: "5xx %", returnData: true },
      apiMetric("errors", "5xx"),
      apiMetric("requests", "Count"),
    ],
  });
  return { topic, dlqs, executions, api5xx };
}

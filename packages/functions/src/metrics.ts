import { Metrics, MetricUnit } from "@aws-lambda-powertools/metrics";
import { addMetricSink } from "@futodama/services/ops/metrics";

/**
 * Issue 13: the flows' metrics as CloudWatch EMF, through Powertools Metrics (namespace
 * `futodama`, service = POWERTOOLS_SERVICE_NAME). Each metric is flushed as its own EMF line
 * with its labels as dimensions, so one invocation's different labels never mix.
 */
const metrics = new Metrics({ namespace: "futodama" });

const units = { Count: MetricUnit.Count, Milliseconds: MetricUnit.Milliseconds } as const;

let enabled = false;

/**
 * Sends the flows' metrics to CloudWatch from now on — only inside Lambda: the local runtime,
 * which loads these handlers too, keeps its own registry. Called where every handler builds its
 * dependencies (a call, not an import for its side effect: the package is side-effect free).
 */
export function enableLambdaMetrics(): void {
  if (enabled || !process.env.AWS_LAMBDA_FUNCTION_NAME) return;
  enabled = true;
  addMetricSink({
    record(name, unit, value, labels) {
      const single = metrics.singleMetric();
      for (const [key, label] of Object.entries(labels)) single.addDimension(key, label);
      single.addMetric(name, units[unit], value);
      single.publishStoredMetrics();
    },
  });
}

export { metrics };

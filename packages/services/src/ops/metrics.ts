/**
 * Issue 13: the product's counters, in one vocabulary whatever records them. Deployed, a
 * Lambda's Powertools Metrics writes them as CloudWatch EMF; locally the runtime keeps them in a
 * Prometheus registry served at GET /metrics. The flows call `recordMetric` and know neither.
 * (Module state on purpose, like Powertools' own: a sink is per process, set once at start.)
 */
export type MetricName =
  | "documents_parsed"
  | "documents_failed"
  | "match_step1_ms"
  | "match_step2_ms"
  | "tailoring_ms"
  | "webhook_deliveries"
  | "rate_limited_requests"
  | "model_calls"
  | "model_call_retries"
  | "model_call_failures"
  | "model_tokens";

export type MetricUnit = "Count" | "Milliseconds";

/** Labels are low-cardinality on purpose: kind, failure code, result — never an id. */
export type MetricLabels = Record<string, string>;

export interface MetricSink {
  record(name: MetricName, unit: MetricUnit, value: number, labels: MetricLabels): void;
}

const sinks = new Set<MetricSink>();

/** Adds where metrics go (the Lambda adapter, the local registry); returns how to remove it. */
export function addMetricSink(sink: MetricSink): () => void {
  sinks.add(sink);
  return () => sinks.delete(sink);
}

export function recordMetric(
  name: MetricName,
  labels: MetricLabels = {},
  value = 1,
  unit: MetricUnit = name.endsWith("_ms") ? "Milliseconds" : "Count",
): void {
  for (const sink of sinks) {
    try {
      sink.record(name, unit, value, labels);
    } catch {
      // A metric must never fail the work it counts.
    }
  }
}

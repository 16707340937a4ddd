import { addMetricSink, type MetricName } from "@futodama/services/ops/metrics";
import { Counter, Histogram, Registry } from "prom-client";

/**
 * Issue 13: the same counters the Lambdas write as EMF, kept in a Prometheus registry (prom-client)
 * and served by the local runtime at GET /metrics in the text exposition format. Each metric is
 * made on first use with the label names it comes with (they are fixed per metric by its caller).
 */
export function startMetricsRegistry(): { text(): Promise<string>; contentType: string; stop(): void } {
  const registry = new Registry();
  const counters = new Map<MetricName, Counter>();
  const histograms = new Map<MetricName, Histogram>();
  const remove = addMetricSink({
    record(name, unit, value, labels) {
      const labelNames = Object.keys(labels).sort();
      if (unit === "Milliseconds") {
        let histogram = histograms.get(name);
        if (histogram === undefined) {
          histogram = new Histogram({
            name: `futodama_${name}`,
            help: `${name.replaceAll("_", " ")} (milliseconds)`,
            labelNames,
            buckets: [10, 50, 100, 250, 500, 1000, 2500, 5000, 10_000, 30_000, 60_000, 300_000],
            registers: [registry],
          });
          histograms.set(name, histogram);
        }
        histogram.observe(labels, value);
        return;
      }
      let counter = counters.get(name);
      if (counter === undefined) {
        counter = new Counter({
          name: `futodama_${name}_total`,
          help: name.replaceAll("_", " "),
          labelNames,
          registers: [registry],
        });
        counters.set(name, counter);
      }
      counter.inc(labels, value);
    },
  });
  return { text: () => registry.metrics(), contentType: registry.contentType, stop: () => void remove() };
}

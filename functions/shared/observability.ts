import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';

/**
 * Created once per execution environment. Service name and log level come from the standard
 * POWERTOOLS_* variables the stack (or the local runtime) sets. Request bodies, headers and tokens
 * are never logged.
 */
export const logger = new Logger();

/** The custom metrics, each with its alarm: nothing else is published (a metric costs monthly). */
export const ALARMED_METRICS = {
  /** A review could not go on; its subject went back to its owner. */
  ReviewsFailed: 'ReviewsFailed',
  /** A consumer gave up on an event; it is in the failure record. */
  DeliveryFailures: 'DeliveryFailures',
} as const;
export const METRICS_NAMESPACE = 'SalesDepartment';
/** The one dimension of every custom metric: whichever function counts it, it is one metric. */
export const METRICS_SERVICE = 'sales-department';

/**
 * Counts one occurrence of something an operator is alarmed on. Requests, answers and job counts
 * are not metrics: API Gateway and Lambda measure those for free, and the logs and the job runs
 * keep the rest.
 */
export function countForAlarm(name: keyof typeof ALARMED_METRICS): void {
  const metric = new Metrics({
    namespace: process.env.POWERTOOLS_METRICS_NAMESPACE ?? METRICS_NAMESPACE,
    serviceName: METRICS_SERVICE,
  });
  metric.addMetric(ALARMED_METRICS[name], MetricUnit.Count, 1);
  metric.publishStoredMetrics();
}

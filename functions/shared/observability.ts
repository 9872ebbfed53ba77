import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';

/**
 * Created once per execution environment. Service name, log level and namespace come from the
 * standard POWERTOOLS_* variables the stack (or the local runtime) sets. Request bodies, headers
 * and tokens are never logged.
 */
export const logger = new Logger();
export const metrics = new Metrics({
  namespace: process.env.POWERTOOLS_METRICS_NAMESPACE ?? 'SalesDepartment',
});

/**
 * Flushes this invocation's metrics. Unlike the logMetrics middleware it stays quiet when another
 * invocation in the same process (the local runtime serves many at once) already flushed them.
 */
export function publishMetrics(): void {
  if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
}

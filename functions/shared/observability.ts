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

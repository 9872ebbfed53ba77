import { Logger } from '@aws-lambda-powertools/logger';

/**
 * Created once per execution environment. Service name and log level come from the standard
 * POWERTOOLS_* variables the stack (or the local runtime) sets. Request bodies, headers and tokens
 * are never logged.
 */
export const logger = new Logger();

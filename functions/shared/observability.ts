import type { MiddlewareObj } from '@middy/core';
import type { Context } from 'aws-lambda';

/**
 * Structured logs: one JSON object a line, as CloudWatch Logs Insights queries them, with the
 * invocation's function, request id and cold start, the X-Ray trace, and the keys the work appends
 * (operation, correlation id, event). Level and service come from LOG_LEVEL and SERVICE_NAME, which
 * the stack (or the local runtime) sets. Request bodies, headers and tokens are never logged.
 *
 * Written here rather than taken from a logging library: these few lines are all the functions use,
 * and Powertools Logger, which did the same, cost 24 kB in every bundle and reread the environment
 * on every invocation (docs/performance.md).
 */
const LEVELS = ['DEBUG', 'INFO', 'WARN', 'ERROR'] as const;
type Level = (typeof LEVELS)[number];
type Extra = Record<string, unknown> | Error;

/** An error as a log reads it: what it is, where it came from, and what caused it. */
function errorFields(error: Error): Record<string, unknown> {
  return {
    name: error.name,
    message: error.message,
    stack: error.stack,
    ...(error.cause instanceof Error ? { cause: errorFields(error.cause) } : {}),
  };
}

const serialize = (entry: Record<string, unknown>) => {
  try {
    return JSON.stringify(entry, (_name, value: unknown) =>
      value instanceof Error ? errorFields(value) : typeof value === 'bigint' ? String(value) : value,
    );
  } catch {
    // A value that cannot be written (a cycle) costs its fields, never the line.
    return JSON.stringify({ level: entry.level, message: entry.message, timestamp: entry.timestamp });
  }
};

function levelThreshold(name: string): number {
  const level = name.toUpperCase();
  if (level === 'SILENT') return LEVELS.length;
  const index = LEVELS.indexOf(level as Level);
  return index === -1 ? LEVELS.indexOf('INFO') : index;
}

export class Logger {
  /** The level named, or LOG_LEVEL when the first line is written (a test may set it late). */
  private readonly level: string | undefined;
  private threshold: number | undefined;
  private readonly service: string;
  private invocation: Record<string, unknown> = {};
  private keys: Record<string, unknown> = {};
  private coldStart = true;

  constructor(level?: string, service = process.env.SERVICE_NAME ?? 'sales-department') {
    this.level = level;
    this.service = service;
  }

  /** Starts an invocation's lines: its context, and none of the keys the last one appended. */
  startInvocation(context: Pick<Context, 'functionName' | 'awsRequestId'>): void {
    this.invocation = {
      function_name: context.functionName,
      function_request_id: context.awsRequestId,
      cold_start: this.coldStart,
    };
    this.coldStart = false;
    this.keys = {};
  }

  /** Keys every further line of this invocation carries. */
  appendKeys(keys: Record<string, unknown>): void {
    Object.assign(this.keys, keys);
  }

  debug(message: string, extra?: Extra) {
    this.write(0, message, extra);
  }
  info(message: string, extra?: Extra) {
    this.write(1, message, extra);
  }
  warn(message: string, extra?: Extra) {
    this.write(2, message, extra);
  }
  error(message: string, extra?: Extra) {
    this.write(3, message, extra);
  }

  private write(level: number, message: string, extra: Extra | undefined) {
    // SILENT writes none (the tests' setting).
    this.threshold ??= levelThreshold(this.level ?? process.env.LOG_LEVEL ?? 'INFO');
    if (level < this.threshold) return;
    const trace = process.env._X_AMZN_TRACE_ID;
    const line = serialize({
      level: LEVELS[level],
      message,
      timestamp: new Date().toISOString(),
      service: this.service,
      ...this.invocation,
      ...(trace ? { xray_trace_id: trace.split(';')[0]!.replace('Root=', '') } : {}),
      ...this.keys,
      ...(extra instanceof Error ? { error: extra } : extra),
    });
    // Warnings and errors on stderr, as console would; on Lambda both reach the function's log group.
    (level >= 2 ? process.stderr : process.stdout).write(`${line}\n`);
  }
}

/** Created once per execution environment. */
export const logger = new Logger();

/** The first middleware of every handler: the invocation's log context. */
export const logContext = (): MiddlewareObj<unknown, unknown, Error, Context> => ({
  before: (request) => logger.startInvocation(request.context),
});

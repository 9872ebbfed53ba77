import { join } from 'node:path';
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { DomainFunction } from '../functions/routes.ts';

export const ROOT = join(import.meta.dirname, '..');

/**
 * Bundling shared by every function: ESM, minified, the AWS SDK inside the bundle (no runtime
 * copy), source maps. The banner gives CommonJS dependencies the `require` they expect.
 */
export const BUNDLING = {
  format: OutputFormat.ESM,
  target: 'node24',
  minify: true,
  sourceMap: true,
  // Stack traces map to the source's files and lines without the source text in the map: the
  // deployed map shrinks to its mappings (init with --enable-source-maps parses less too).
  sourcesContent: false,
  externalModules: [],
  mainFields: ['module', 'main'],
  banner: "import{createRequire}from'module';const require=createRequire(import.meta.url);",
  // fontkit loads a 475 kB brotli decoder that only WOFF2 fonts need; the archive's font is TrueType.
  esbuildArgs: { '--alias': ['brotli=./lib/woff2-unsupported'] },
};

export interface DomainFunctionProps {
  /** Short name and handler module (repository-relative). */
  definition: Pick<DomainFunction, 'name' | 'entry'>;
  stage: string;
  environment: Record<string, string>;
  logRetentionDays: number;
  /** Files the function reads at run time, copied beside the bundle: [from (repo-relative), to]. */
  assets?: [string, string][];
  /** Seconds the function may run; fits its work (see FUNCTION_TIMEOUTS). */
  timeoutSeconds: number;
  /** X-Ray active tracing (the `tracing` setting). */
  tracing: boolean;
}

/**
 * How long each kind of function may run. An API function answers within API Gateway's 30 s;
 * a workflow task or an event consumer does a few calls; the dispatcher publishes a stream batch;
 * a job works in bounded chunks and continues itself well before its time is up (JOB_TIMEOUT_SECONDS).
 */
export const FUNCTION_TIMEOUTS = { api: 10, task: 30, consumer: 60, dispatcher: 60 } as const;

/**
 * The memory every function gets (and with it, its share of a CPU), sized from what the benchmarks
 * measure (docs/performance.md): at most about 100 MB after init, and at most about 140 MB more
 * for the heaviest work (the year's evaluation; a classification run 80 MB, an archived PDF 20 MB).
 * 512 MB holds that with room to spare while init and requests keep a third of a CPU.
 */
export const FUNCTION_MEMORY_MB = 512;

/** One Lambda function (a domain's API or a scheduled job) with its own role and log group. */
export class DomainLambda extends Construct {
  readonly fn: NodejsFunction;

  constructor(scope: Construct, id: string, props: DomainFunctionProps) {
    super(scope, id);
    const { definition } = props;
    const logGroup = new LogGroup(this, 'Logs', {
      logGroupName: `/aws/lambda/sales-department-${props.stage}-${definition.name}`,
      retention: props.logRetentionDays,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    // Its own role, allowed to write its own log group only (no AWS managed policy).
    const role = new Role(this, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    logGroup.grantWrite(role);
    this.fn = new NodejsFunction(this, 'Function', {
      role,
      functionName: `sales-department-${props.stage}-${definition.name}`,
      entry: join(ROOT, definition.entry),
      handler: 'handler',
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: FUNCTION_MEMORY_MB,
      timeout: Duration.seconds(props.timeoutSeconds),
      tracing: props.tracing ? Tracing.ACTIVE : Tracing.DISABLED,
      logGroup,
      projectRoot: ROOT,
      depsLockFilePath: join(ROOT, 'package-lock.json'),
      environment: {
        ...props.environment,
        SERVICE_NAME: definition.name,
        NODE_OPTIONS: '--enable-source-maps',
      },
      bundling: {
        ...BUNDLING,
        commandHooks: {
          beforeBundling: () => [],
          beforeInstall: () => [],
          afterBundling: (inputDir: string, outputDir: string) =>
            (props.assets ?? []).map(
              ([from, to]) =>
                `mkdir -p "$(dirname "${outputDir}/${to}")" && cp "${inputDir}/${from}" "${outputDir}/${to}"`,
            ),
        },
      },
    });
    if (props.tracing)
      Validations.of(this).acknowledge({
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason: 'X-Ray PutTraceSegments and PutTelemetryRecords (active tracing) accept no resource ARN.',
      });
  }
}

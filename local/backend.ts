import './function-environment.ts';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { Employees } from '../functions/employees/entities.ts';
import { DOMAIN_FUNCTIONS } from '../functions/routes.ts';
import { AUDIENCE, ISSUER, ROOT, TABLE_NAME } from './config.ts';
import { startIdentityProvider } from './identity-provider.ts';
import { checkDataScopes } from './data-scope.ts';
import { ensureTable, startDynamoDb } from './dynamodb.ts';
import { createGateway, type LambdaHandler } from './gateway.ts';
import { localIssuer } from './issuer.ts';
import { LocalScheduler } from './scheduler.ts';
import { startS3 } from './s3.ts';
import { startSesInbox } from './ses.ts';
import { startStepFunctions } from './stepfunctions.ts';
import { type LocalEventPath, startEventPath } from './event-path.ts';
import { asFunction } from './data-scope.ts';
import { lambdaContext } from './lambda-context.ts';

export interface LocalBackend {
  url: string;
  dynamoDbEndpoint: string;
  sesInboxUrl: string;
  /** The local sign-in provider (the stand-in for Cognito's managed login). */
  signInUrl: string;
  stepFunctionsUrl: string;
  s3Url: string;
  eventBusUrl: string;
  events: LocalEventPath;
  seeded: boolean;
  scheduler: LocalScheduler;
  stop(): Promise<void>;
}

export interface LocalBackendOptions {
  /** Port of the HTTP gateway; 0 picks a free one. */
  port: number;
  /** Where DynamoDB data, workflow executions and the stream position are kept; in memory when absent. */
  dataDir?: string;
  /** Where the token issuer's key is kept (so `npm run token` signs what the gateway accepts). */
  keyDir?: string;
  /** Port of the SES inbox; 0 picks a free one. */
  sesPort?: number;
  /** Port of the sign-in provider; 0 picks a free one. */
  signInPort?: number;
  seed: boolean;
  /** Fire the schedules on their own (croner); `npm run job` works either way. */
  schedules: boolean;
  log?: (line: string) => void;
}

/**
 * Starts the whole backend on this machine: DynamoDB Local, the SES inbox, the table from the shared
 * schema, demo data on first start, the token issuer, the HTTP gateway over the same handler modules
 * and the schedules.
 * Function code is not told it runs locally: it gets the same environment variables as on AWS, with
 * AWS_ENDPOINT_URL_* pointing at the emulators.
 */
export async function startLocalBackend(options: LocalBackendOptions): Promise<LocalBackend> {
  const [dynamoDb, ses, stepFunctions, s3] = await Promise.all([
    startDynamoDb({ path: options.dataDir ? join(options.dataDir, 'dynamodb') : undefined }),
    startSesInbox({ port: options.sesPort || undefined, dataDir: options.dataDir }),
    startStepFunctions(options.log, {
      dataDir: options.dataDir,
      faults: Object.fromEntries(
        (process.env.LOCAL_SFN_FAULTS ?? '')
          .split(',')
          .filter(Boolean)
          .map((fault) => [fault.split(':')[0]!, Number(fault.split(':')[1] ?? 1)]),
      ),
    }),
    startS3({
      dataDir: options.dataDir,
      bucket: process.env.DOCUMENTS_BUCKET!,
      lockedBucket: process.env.AUDIT_SEALS_BUCKET!,
    }),
  ]);
  let stopEvents = async () => undefined as void;
  let stopSignIn = async () => undefined as void;
  try {
    process.env.AWS_ENDPOINT_URL_DYNAMODB = dynamoDb.endpoint;
    process.env.AWS_ENDPOINT_URL_SESV2 = ses.url;
    process.env.AWS_ENDPOINT_URL_SFN = stepFunctions.url;
    process.env.AWS_ENDPOINT_URL_S3 = s3.url;

    checkDataScopes();
    const client = new DynamoDBClient({});
    await ensureTable(client, TABLE_NAME);
    let seeded = false;
    if (options.seed) {
      const { DEMO_EMPLOYEES, loadDemoData } = await import('./demo-data.ts');
      const marker = await client.send(
        new GetItemCommand({
          TableName: TABLE_NAME,
          Key: marshall(Employees.key({ id: DEMO_EMPLOYEES[0]!.id })),
        }),
      );
      if (!marker.Item) {
        await loadDemoData();
        seeded = true;
      }
    }
    client.destroy();
    // Events written while the runtime was down are delivered once it polls again.
    const events = await startEventPath({
      dynamoDbEndpoint: dynamoDb.endpoint,
      tableName: TABLE_NAME,
      dataDir: options.dataDir,
      log: options.log,
    });
    stopEvents = () => events.stop();

    const functions = await Promise.all(
      DOMAIN_FUNCTIONS.map(async (fn) => {
        const module = (await import(pathToFileURL(join(ROOT, fn.entry)).href)) as { handler: LambdaHandler };
        return { ...fn, handler: module.handler };
      }),
    );
    const issuer = await localIssuer(options.keyDir ?? options.dataDir);
    const log = options.log ?? (() => undefined);
    const scheduler = new LocalScheduler(process.env.TIME_ZONE!, log);
    let ready = false;
    const server: Server = createGateway({
      functions,
      issuer,
      // `npm run job` works while starting (the first classification is one).
      controls: {
        'POST jobs': (url) => fireJob(scheduler, url),
        'POST inbound': receiveMail,
        // Answers once every event written so far has reached its consumers (the benchmarks wait
        // here, so that work a burst left behind does not weigh on what they measure next).
        'POST settle': async () => {
          await events.settle();
          return { status: 204, body: null };
        },
      },
      log: options.log,
      isReady: () => ready,
    });
    await new Promise<void>((resolveListen) => server.listen(options.port, '127.0.0.1', resolveListen));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : options.port;
    const url = `http://localhost:${port}`;
    // Links in emails point at this API; the approval decision fetches the issuer's keys here.
    process.env.PUBLIC_API_URL = url;
    process.env.JWKS_URL = `${url}/.well-known/jwks.json`;
    // The report page signs people in here, as it does at Cognito's managed login on AWS.
    const signIn = await startIdentityProvider({
      port: options.signInPort ?? 0,
      signingKey: issuer.signingKey,
      apiUrl: url,
    });
    stopSignIn = () => signIn.stop();
    Object.assign(process.env, {
      SIGN_IN_ISSUER: ISSUER,
      SIGN_IN_AUTHORIZATION_ENDPOINT: signIn.endpoints.authorization,
      SIGN_IN_TOKEN_ENDPOINT: signIn.endpoints.token,
      SIGN_IN_CLIENT_ID: AUDIENCE,
    });
    // Only now is every endpoint set: what a stop interrupted (deliveries the bus had accepted,
    // executions in a Task) goes on from here, and the stream is read again from its position.
    events.bus.resume();
    stepFunctions.resume();
    // `STREAM_POLLING=off` leaves the stream to `POST /local/settle`: the API benchmark measures the
    // gateway alone, as on AWS, where the stream is read outside the API's functions.
    if (process.env.STREAM_POLLING !== 'off') events.reader.start();
    if (seeded) {
      // The demo's history reaches its consumers (figures, facts, purchases), is evaluated and
      // graded as the schedule would have done it, and the customers get their first classes
      // right away rather than at the next 01:30.
      await events.settle();
      const { evaluateDemoHistory } = await import('./demo-history.ts');
      await evaluateDemoHistory(new Date(), {
        settle: () => events.settle(),
        fire: (job, at) => scheduler.fire(job, at),
      });
      await scheduler.fire('customer-classification');
    }
    if (options.schedules) scheduler.start();
    ready = true;
    return {
      url,
      dynamoDbEndpoint: dynamoDb.endpoint,
      sesInboxUrl: ses.url,
      signInUrl: signIn.url,
      stepFunctionsUrl: stepFunctions.url,
      s3Url: s3.url,
      eventBusUrl: events.bus.url,
      events,
      seeded,
      scheduler,
      async stop() {
        scheduler.stop();
        server.closeAllConnections();
        await new Promise((resolveClose) => server.close(resolveClose));
        await stopSignIn();
        // What is under way finishes against the emulators before they stop: consumers, then Tasks.
        await events.stop();
        await stepFunctions.stop();
        await Promise.all([dynamoDb.stop(), ses.stop(), s3.stop()]);
      },
    };
  } catch (error) {
    await stopSignIn();
    await stopEvents();
    await Promise.all([dynamoDb.stop(), ses.stop(), stepFunctions.stop(), s3.stop()]);
    throw error;
  }
}

/** `POST /local/jobs/<name>?at=<ISO date-time>`: what `npm run job` calls. */
async function fireJob(scheduler: LocalScheduler, url: URL): Promise<{ status: number; body: unknown }> {
  const name = decodeURIComponent(url.pathname.split('/')[3] ?? '');
  const at = url.searchParams.get('at') ?? undefined;
  if (at !== undefined && Number.isNaN(Date.parse(at)))
    return { status: 400, body: { message: `Not a date-time: ${at}` } };
  try {
    return { status: 200, body: await scheduler.fire(name, at && new Date(at).toISOString()) };
  } catch (error) {
    return {
      status: name && (error as Error).message.startsWith('No scheduled job') ? 404 : 500,
      body: { message: (error as Error).message },
    };
  }
}

/**
 * `POST /local/inbound` with the email (RFC 5322) as the body: what `npm run inbound` calls. As SES
 * does on AWS: the email is stored in the bucket (its S3 action), then the `inbound-mail` function
 * is invoked with its message id (its Lambda action).
 */
async function receiveMail(_url: URL, raw: Buffer): Promise<{ status: number; body: unknown }> {
  if (raw.length === 0) return { status: 400, body: { message: 'Send the email (RFC 5322) as the body.' } };
  const [{ storeObject }, { newId }, { handler, INBOUND_PREFIX }] = await Promise.all([
    import('../functions/shared/storage.ts'),
    import('../functions/shared/clock.ts'),
    import('../functions/service/inbound-mail.ts'),
  ]);
  const messageId = newId().toLowerCase();
  await storeObject(`${INBOUND_PREFIX}/${messageId}`, raw, 'message/rfc822');
  const result = await asFunction('inbound-mail', () =>
    handler({ Records: [{ ses: { mail: { messageId } } }] }, lambdaContext('inbound-mail')),
  );
  return { status: 200, body: result };
}

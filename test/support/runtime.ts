import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { assertDocumented } from './documented.ts';
import type { paths } from './api-types.ts';

/**
 * The local runtime as a newcomer runs it (`npm start` in a data directory of its own), driven over
 * HTTP: tokens from `npm run token`, jobs from `npm run job`, emails from the SES inbox. It can be
 * stopped with a signal and started again on the same data, as Ctrl-C and `npm start` do.
 */
const ROOT = join(import.meta.dirname, '../..');

export interface CapturedEmail {
  destination: { to: string[] };
  replyTo: string[];
  subject: string;
  body: { text?: string; html?: string };
  /** Attachments as the local inbox keeps them: the content in base64. */
  attachments?: { filename: string; contentType: string; content: string }[];
}

export interface ApiAnswer {
  status: number;
  headers: Headers;
  type: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON body, read by each test
  body: any;
}

/** Every answer the generated client receives is checked against the document, as in the other tests. */
const documentedAnswers: Middleware = {
  async onResponse({ request, response, schemaPath }) {
    const type = response.headers.get('content-type') ?? '';
    const text = await response.clone().text();
    assertDocumented(
      `${request.method} ${schemaPath}`,
      response.status,
      type,
      type.includes('json') && text ? JSON.parse(text) : text,
    );
  },
};

/** A generated client's answer as the tests read it: status, headers, and the body whatever it is. */
export async function answer(
  call: Promise<{ data?: unknown; error?: unknown; response: Response }>,
): Promise<ApiAnswer> {
  const { data, error, response } = await call;
  return {
    status: response.status,
    headers: response.headers,
    type: response.headers.get('content-type') ?? '',
    body: data ?? error,
  };
}

export function localRuntime(prefix: string) {
  const dataDir = mkdtempSync(join(tmpdir(), prefix));
  const environment: Record<string, string | undefined> = { ...process.env, DATA_DIR: dataDir, PORT: '0' };
  let server: ChildProcess | undefined;
  let baseUrl = '';
  let sesInbox = '';
  let output = '';
  const run = promisify(execFile);

  const runtime = {
    dataDir,
    get baseUrl() {
      return baseUrl;
    },
    /** What the runtime printed since it last started. */
    get output() {
      return output;
    },

    /**
     * Starts it as `npm start` does and waits until it says it listens (after its start is done:
     * demo data, first classes), however long a busy machine takes.
     */
    async start(extra: Record<string, string> = {}) {
      const started = spawn(process.execPath, ['local/start.ts'], {
        cwd: ROOT,
        env: { ...environment, ...extra },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      server = started;
      output = '';
      baseUrl = await new Promise<string>((resolveUrl, reject) => {
        started.stdout!.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = /listening on (http:\/\/\S+)/.exec(output);
          if (match) {
            sesInbox = /SES inbox\s+(\S+)/.exec(output)![1]!;
            resolveUrl(match[1]!);
          }
        });
        started.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
        started.once('exit', (code) => reject(new Error(`exited ${code}:\n${output}`)));
      });
    },

    /** Stops it with a signal (SIGINT as Ctrl-C, SIGTERM as a service manager) and waits for the exit. */
    async stop(signal: NodeJS.Signals = 'SIGINT') {
      if (server && server.exitCode === null && server.signalCode === null) {
        const exited = new Promise((resolveExit) => server!.once('exit', resolveExit));
        server.kill(signal);
        await exited;
      }
    },

    async remove() {
      await runtime.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },

    async api(
      path: string,
      options: {
        token?: string;
        method?: string;
        /** Sent as JSON. */
        body?: unknown;
        /** Sent as it is, with the content type in `headers`. */
        raw?: string;
        headers?: Record<string, string>;
      } = {},
    ): Promise<ApiAnswer> {
      const response = await fetch(`${baseUrl}${path}`, {
        method: options.method ?? (options.body === undefined && options.raw === undefined ? 'GET' : 'POST'),
        headers: {
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...options.headers,
        },
        body: options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
      });
      const text = await response.text();
      const type = response.headers.get('content-type') ?? '';
      return {
        status: response.status,
        headers: response.headers,
        type,
        body: type.includes('json') && text ? JSON.parse(text) : text,
      };
    },

    /**
     * A client generated from the OpenAPI document (openapi-fetch over test/support/api-types.ts),
     * calling as the token's holder: paths, parameters, bodies and answers are the document's types.
     */
    client(token?: string): Client<paths> {
      const options = { ...(token ? { headers: { authorization: `Bearer ${token}` } } : {}) };
      // The runtime listens on a new port after each start: each call goes where it listens now.
      return new Proxy({} as Client<paths>, {
        get: (_target, property) => {
          const client = createClient<paths>({ baseUrl, ...options });
          client.use(documentedAnswers);
          return Reflect.get(client, property);
        },
      });
    },

    /** `npm run token -- …`: a token for an employee's email or a role. */
    async token(...args: string[]) {
      const { stdout } = await run(process.execPath, ['local/token.ts', ...args], {
        cwd: ROOT,
        env: environment,
      });
      return stdout.trim();
    },

    /** `npm run inbound -- …`: an email to the service address; what the receiver answered. */
    async inbound(...args: string[]) {
      const { stdout } = await run(process.execPath, ['local/inbound.ts', ...args], {
        cwd: ROOT,
        env: { ...environment, PORT: '' },
      });
      return JSON.parse(stdout) as { outcomes: string[] };
    },

    /** `npm run job -- …`, as a newcomer types it: no port given, it finds the running runtime itself. */
    async job(...args: string[]) {
      const { stdout } = await run(process.execPath, ['local/job.ts', ...args], {
        cwd: ROOT,
        env: { ...environment, PORT: '' },
      });
      return JSON.parse(stdout) as { outcome: string; counts: Record<string, number> };
    },

    /** The emails the SES inbox holds, sent since a time (epoch seconds). */
    async inbox(since: number): Promise<CapturedEmail[]> {
      return ((await (await fetch(`${sesInbox}/store?since=${since}`)).json()) as { emails: CapturedEmail[] })
        .emails;
    },

    /**
     * Waits until `check` answers something; a time-out shows the runtime's last output. Two minutes:
     * on a busy 2-core machine (two suites side by side) the event path can lag by tens of seconds.
     */
    async eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 120_000): Promise<T> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const value = await check();
        if (value !== undefined) return value;
        if (Date.now() > deadline) throw new Error(`timed out\n${output.slice(-6000)}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
  };
  return runtime;
}

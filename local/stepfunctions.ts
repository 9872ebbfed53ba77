import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { StateMachine } from 'aws-local-stepfunctions';
import { type Workflow, WORKFLOWS, type WorkflowTask } from '../functions/workflows.ts';
import { ROOT } from './config.ts';
import { freePort } from './free-port.ts';
import { asFunction } from './data-scope.ts';
import { lambdaContext } from './lambda-context.ts';

/**
 * A local Step Functions endpoint for the real `@aws-sdk/client-sfn` (AWS JSON 1.0): runs the same
 * ASL files on aws-local-stepfunctions, with each Task's Lambda resolved to the same handler module.
 * The engine has no task tokens, so `.waitForTaskToken` is emulated: the token in the Task's
 * parameters becomes a fresh UUID, and the Task waits until SendTaskSuccess or SendTaskFailure
 * settles it (a failure surfaces with the error name the ASL's Catch matches).
 *
 * Executions persist, as they do on AWS: with a data directory, every execution and the Task it is
 * in (its state input, its task token, when it entered) are kept in a file. On start, each execution
 * that was running resumes at that Task: a wait for a decision waits again for the same token, with
 * what is left of its timeout, and the approval's emailed link keeps working; any other Task runs
 * again (Tasks are idempotent).
 */
const ACCOUNT = '000000000000';
/** How long a stop waits for the Task functions under way. */
const STOP_GRACE_MS = 10_000;
export const localStateMachineArn = (workflow: string) =>
  `arn:aws:states:local:${ACCOUNT}:stateMachine:${workflow}`;

type Json = Record<string, unknown>;
type TaskHandler = (event: unknown, context: ReturnType<typeof lambdaContext>) => Promise<unknown>;

interface Execution {
  executionArn: string;
  stateMachineArn: string;
  name: string;
  input: string;
  status: 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED';
  startDate: number;
  stopDate?: number;
  output?: string;
  error?: string;
  cause?: string;
  tokens: Set<string>;
  abort?: () => void;
  done: Promise<void>;
  /** The Task it is in: enough to resume it there after a restart. */
  current?: CurrentTask;
  /** Its history as GetExecutionHistory gives it: the states entered (this process's run only). */
  history?: { type: string; name: string; timestamp: number }[];
}

interface CurrentTask {
  state: string;
  /** The state's input, before Parameters. */
  input: unknown;
  enteredAt: number;
  /** The task token a waiting Task was given. */
  token?: string;
  timeoutSeconds?: number;
  /**
   * False while a waiting Task's function has not returned: a stop then cut the invocation short,
   * and the resumed execution invokes it again with the same token (as Lambda retries it on AWS).
   */
  invoked?: boolean;
}

/** What the file keeps of an execution. */
type StoredExecution = Omit<Execution, 'tokens' | 'abort' | 'done'>;

interface Waiter {
  execution: Execution;
  resolve(output: unknown): void;
  reject(error: Error): void;
}

class ServiceError extends Error {
  readonly type: string;
  constructor(type: string, message: string) {
    super(message);
    this.type = type;
  }
}

const STATE_INPUT = '__stateInput.$';

/**
 * The engine times Task states with setTimeout, which fires at once for delays beyond 2^31 - 1 ms
 * (24.8 days), where Step Functions waits up to a year. Longer delays are capped at that, which no
 * local run outlives.
 */
const MAX_TIMER_MS = 2 ** 31 - 1;
const nodeSetTimeout = globalThis.setTimeout;
if (!(nodeSetTimeout as { capped?: boolean }).capped) {
  const capped = ((handler: (...args: unknown[]) => void, delay?: number, ...args: unknown[]) =>
    nodeSetTimeout(handler, Math.min(delay ?? 0, MAX_TIMER_MS), ...args)) as unknown as typeof setTimeout;
  Object.assign(capped, nodeSetTimeout, { capped: true });
  globalThis.setTimeout = capped;
}

/** Replaces `${Placeholder}`s with task names and `$$.Task.Token` with a UUID the override can see. */
function prepareDefinition(workflow: Workflow): { definition: Json; waits: Set<string> } {
  let text = readFileSync(join(ROOT, workflow.definition), 'utf8');
  for (const [placeholder, task] of Object.entries(workflow.tasks))
    text = text.replaceAll(`\${${placeholder}}`, task.name);
  const definition = JSON.parse(text) as { States: Record<string, Json> };
  const waits = new Set<string>();
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([key, inner]) => [
          key,
          inner === '$$.Task.Token' ? 'States.UUID()' : rewrite(inner),
        ]),
      );
    }
    return value;
  };
  for (const [name, state] of Object.entries(definition.States)) {
    if (state.Type === 'Task' && String(state.Resource).endsWith('.waitForTaskToken')) {
      waits.add(name);
      state.Parameters = rewrite(state.Parameters);
    }
    // Step Functions reads TimeoutSecondsPath from the state's input; the engine reads it from the
    // input after Parameters. Carrying the value through Parameters gives the same result.
    if (state.Type === 'Task' && typeof state.TimeoutSecondsPath === 'string') {
      state.Parameters = { ...(state.Parameters as Json), 'timeoutSeconds.$': state.TimeoutSecondsPath };
      state.TimeoutSecondsPath = '$.timeoutSeconds';
    }
    // The Task's own input reaches the override too, so a restart can resume the execution here.
    if (state.Type === 'Task') state.Parameters = { ...(state.Parameters as Json), [STATE_INPUT]: '$' };
  }
  return { definition, waits };
}

export interface LocalStepFunctions {
  url: string;
  /**
   * Runs the executions that were running when the runtime stopped, from where they were: called
   * once the functions' environment (the emulators' endpoints) is complete, since their Tasks call
   * the functions, whose SDK clients take their endpoints on the first call.
   */
  resume(): void;
  stop(): Promise<void>;
}

export async function startStepFunctions(
  log: (line: string) => void = () => undefined,
  options: { dataDir?: string; faults?: Record<string, number> } = {},
): Promise<LocalStepFunctions> {
  const executions = new Map<string, Execution>();
  /** Task function invocations under way. */
  const invocations = new Set<Promise<void>>();
  const waiters = new Map<string, Waiter>();
  const handlers = new Map<string, Promise<TaskHandler>>();
  const file = options.dataDir && join(options.dataDir, 'stepfunctions-executions.json');
  // Calls to fail on purpose (`LOCAL_SFN_FAULTS=StartExecution:3`), as a throttled service would.
  const faults = { ...options.faults };
  const handlerOf = (task: WorkflowTask) => {
    if (!handlers.has(task.name)) {
      handlers.set(
        task.name,
        import(pathToFileURL(join(ROOT, task.entry)).href).then(
          (module: { handler: TaskHandler }) => module.handler,
        ),
      );
    }
    return handlers.get(task.name)!;
  };

  const machines = new Map(
    WORKFLOWS.map((workflow) => {
      const { definition, waits } = prepareDefinition(workflow);
      const tasks = new Map(Object.values(workflow.tasks).map((task) => [task.name, task]));
      return [
        localStateMachineArn(workflow.name),
        { workflow, definition, waits, tasks, states: Object.keys((definition as { States: Json }).States) },
      ];
    }),
  );
  type Entry = NonNullable<ReturnType<typeof machines.get>>;

  function save() {
    if (!file) return;
    const stored: StoredExecution[] = [...executions.values()].map(
      ({ tokens: _t, abort: _a, done: _d, history: _h, ...kept }) => kept,
    );
    writeFileSync(file, JSON.stringify(stored));
  }

  /**
   * Runs an execution from its start, or (after a restart) from the Task it was in: a waiting Task
   * waits again for its token, with what is left of its timeout.
   */
  function launch(execution: Execution, entry: Entry, resume?: CurrentTask) {
    let definition = entry.definition as { StartAt: string; States: Record<string, Json> };
    if (resume) {
      const state = { ...definition.States[resume.state]! };
      if (resume.token && resume.timeoutSeconds !== undefined) {
        const left = resume.timeoutSeconds - (Date.now() - resume.enteredAt) / 1000;
        const { 'timeoutSeconds.$': _path, ...parameters } = state.Parameters as Json;
        Object.assign(state, { Parameters: parameters, TimeoutSeconds: Math.max(1, Math.ceil(left)) });
        delete state.TimeoutSecondsPath;
      }
      definition = {
        ...definition,
        StartAt: resume.state,
        States: { ...definition.States, [resume.state]: state },
      };
    }
    // Starting at a later state leaves the first ones unreachable, which the validator refuses; the
    // definition itself was validated when the endpoint started.
    const machine = new StateMachine(definition as never, {
      validationOptions: resume ? { noValidate: true } : { checkArn: false, checkPaths: false },
    });
    let resumedWait = resume?.token;
    const overrides = Object.fromEntries(
      entry.states.map((state) => [
        state,
        async (taskInput: {
          FunctionName: string;
          Payload: Json;
          __stateInput?: unknown;
          timeoutSeconds?: number;
        }) => {
          const task = entry.tasks.get(taskInput.FunctionName);
          if (!task)
            throw Object.assign(new Error(`No function ${taskInput.FunctionName}`), {
              name: 'Lambda.ResourceNotFoundException',
            });
          const current: CurrentTask = { state, input: taskInput.__stateInput, enteredAt: Date.now() };
          const invoke = (payload: Json) => {
            const invocation = handlerOf(task).then((handler) =>
              asFunction(task.name, () => handler(payload, lambdaContext(task.name))),
            );
            // A stop lets it finish (see stop()); it is forgotten once settled.
            const settled = invocation.then(
              () => undefined,
              () => undefined,
            );
            invocations.add(settled);
            void settled.finally(() => invocations.delete(settled));
            return invocation;
          };
          if (resumedWait && state === resume?.state) {
            // Waiting again after a restart for the same token: the function is invoked again
            // only if the stop cut its invocation short (it is idempotent per token).
            const token = resumedWait;
            resumedWait = undefined;
            execution.current = resume;
            save();
            if (resume.invoked === false) {
              await invoke({ ...taskInput.Payload, taskToken: token });
              execution.current = { ...resume, invoked: true };
              save();
            }
            return waitFor(execution, entry, state, token);
          }
          if (!entry.waits.has(state)) {
            execution.current = current;
            save();
            return { Payload: await invoke(taskInput.Payload) };
          }
          // The token is kept before the function is invoked, so a restart resumes with it.
          const token = String(taskInput.Payload.taskToken);
          const waiting = { ...current, token, timeoutSeconds: taskInput.timeoutSeconds };
          execution.current = { ...waiting, invoked: false };
          save();
          await invoke(taskInput.Payload);
          execution.current = { ...waiting, invoked: true };
          save();
          return waitFor(execution, entry, state, token);
        },
      ]),
    );
    const run = machine.run(JSON.parse(resume ? JSON.stringify(resume.input) : execution.input), {
      overrides: { taskResourceLocalHandlers: overrides as never },
      noThrowOnAbort: true,
    });
    execution.abort = run.abort;
    // Each state entered, as Step Functions records (and bills) state transitions.
    const history = (execution.history ??= []);
    void (async () => {
      for await (const log of run.eventLogs)
        if (log.type === 'StateEntered')
          history.push({
            type: `${log.state.type}StateEntered`,
            name: log.state.name,
            timestamp: log.timestamp / 1000,
          });
    })();
    execution.done = run.result
      .then(
        (output) => {
          if (execution.status === 'RUNNING')
            Object.assign(execution, { status: 'SUCCEEDED', output: JSON.stringify(output) });
        },
        (error: Error) => {
          Object.assign(execution, {
            status: error.name === 'States.Timeout' ? 'TIMED_OUT' : 'FAILED',
            error: error.name,
            cause: error.message,
          });
        },
      )
      .finally(() => {
        // An execution aborted by stopping the runtime is still running as far as the file knows.
        if (stopping) return;
        execution.stopDate = Date.now() / 1000;
        delete execution.current;
        // Tokens of a finished execution no longer answer.
        for (const token of execution.tokens) waiters.delete(token);
        save();
        log(`workflow ${entry.workflow.name}/${execution.name}: ${execution.status}`);
      });
  }

  function waitFor(execution: Execution, entry: Entry, state: string, token: string) {
    execution.tokens.add(token);
    log(`workflow ${entry.workflow.name}/${execution.name}: ${state} waits for a decision`);
    return new Promise((resolve, reject) => waiters.set(token, { execution, resolve, reject }));
  }

  function start(body: Json) {
    const stateMachineArn = String(body.stateMachineArn);
    const entry = machines.get(stateMachineArn);
    if (!entry) throw new ServiceError('StateMachineDoesNotExist', `No state machine ${stateMachineArn}`);
    const name = String(body.name ?? randomUUID());
    const input = String(body.input ?? '{}');
    const executionArn = `arn:aws:states:local:${ACCOUNT}:execution:${entry.workflow.name}:${name}`;
    const existing = executions.get(executionArn);
    if (existing) {
      // Like Step Functions: the same name and input while running is the same execution.
      if (existing.status === 'RUNNING' && existing.input === input)
        return { executionArn, startDate: existing.startDate };
      throw new ServiceError('ExecutionAlreadyExists', `Execution ${name} already exists`);
    }
    const execution = {
      executionArn,
      stateMachineArn,
      name,
      input,
      status: 'RUNNING',
      startDate: Date.now() / 1000,
      tokens: new Set<string>(),
    } as Execution;
    executions.set(executionArn, execution);
    launch(execution, entry);
    save();
    return { executionArn, startDate: execution.startDate };
  }

  let stopping = false;
  // Executions that were running when the runtime stopped are known at once, and go on where
  // they were when resume() is called.
  const interrupted: Execution[] = [];
  if (file && existsSync(file)) {
    for (const stored of JSON.parse(readFileSync(file, 'utf8')) as StoredExecution[]) {
      const execution = { ...stored, tokens: new Set<string>(), done: Promise.resolve() } as Execution;
      executions.set(execution.executionArn, execution);
      if (execution.status === 'RUNNING') interrupted.push(execution);
    }
  }
  const resume = () => {
    for (const execution of interrupted.splice(0)) {
      const entry = machines.get(execution.stateMachineArn);
      if (!entry || execution.status !== 'RUNNING') continue;
      log(
        `workflow ${entry.workflow.name}/${execution.name}: resumed at ${execution.current?.state ?? 'its start'}`,
      );
      launch(execution, entry, execution.current);
    }
  };

  function waiter(token: unknown): Waiter {
    const found = waiters.get(String(token));
    if (!found) throw new ServiceError('TaskDoesNotExist', 'Task does not exist anymore');
    return found;
  }

  const actions: Record<string, (body: Json) => unknown> = {
    StartExecution: start,
    DescribeExecution: (body) => {
      const execution = executions.get(String(body.executionArn));
      if (!execution) throw new ServiceError('ExecutionDoesNotExist', 'No such execution');
      const { tokens: _t, abort: _a, done: _d, history: _h, ...description } = execution;
      return description;
    },
    ListExecutions: (body) => ({
      executions: [...executions.values()]
        .filter(
          (execution) =>
            execution.stateMachineArn === body.stateMachineArn &&
            (!body.statusFilter || execution.status === body.statusFilter),
        )
        .map(({ executionArn, stateMachineArn, name, status, startDate }) => ({
          executionArn,
          stateMachineArn,
          name,
          status,
          startDate,
        })),
    }),
    GetExecutionHistory: (body) => {
      const execution = executions.get(String(body.executionArn));
      if (!execution) throw new ServiceError('ExecutionDoesNotExist', 'No such execution');
      return {
        events: [
          { id: 1, type: 'ExecutionStarted', timestamp: execution.startDate },
          ...(execution.history ?? []).map((entry, index) => ({
            id: index + 2,
            previousEventId: index + 1,
            type: entry.type,
            timestamp: entry.timestamp,
            stateEnteredEventDetails: { name: entry.name },
          })),
        ],
      };
    },
    SendTaskSuccess: (body) => {
      const found = waiter(body.taskToken);
      waiters.delete(String(body.taskToken));
      found.resolve(JSON.parse(String(body.output ?? '{}')));
      return {};
    },
    SendTaskFailure: (body) => {
      const found = waiter(body.taskToken);
      waiters.delete(String(body.taskToken));
      found.reject(
        Object.assign(new Error(String(body.cause ?? '')), {
          name: String(body.error ?? 'States.TaskFailed'),
        }),
      );
      return {};
    },
    SendTaskHeartbeat: (body) => (waiter(body.taskToken), {}),
    StopExecution: (body) => {
      const execution = executions.get(String(body.executionArn));
      if (!execution) throw new ServiceError('ExecutionDoesNotExist', 'No such execution');
      execution.status = 'ABORTED';
      execution.abort?.();
      return { stopDate: Date.now() / 1000 };
    },
  };

  const server: Server = createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    request.on('end', () => {
      const action = String(request.headers['x-amz-target'] ?? '').replace('AWSStepFunctions.', '');
      const reply = (status: number, body: unknown) => {
        response.writeHead(status, { 'content-type': 'application/x-amz-json-1.0' });
        response.end(JSON.stringify(body));
      };
      try {
        const handler = actions[action];
        if (!handler) throw new ServiceError('UnknownOperationException', `Not emulated: ${action}`);
        if ((faults[action] ?? 0) > 0) {
          faults[action]!--;
          throw new ServiceError('ServiceUnavailable', `Injected fault: ${action} (LOCAL_SFN_FAULTS)`);
        }
        reply(200, handler(raw ? (JSON.parse(raw) as Json) : {}));
      } catch (error) {
        if (error instanceof ServiceError)
          return reply(error.type === 'ServiceUnavailable' ? 503 : 400, {
            __type: error.type,
            message: error.message,
          });
        reply(500, { __type: 'InternalFailure', message: (error as Error).message });
      }
    });
  });
  const port = await freePort();
  await new Promise<void>((resolveListen) => server.listen(port, '127.0.0.1', resolveListen));
  return {
    url: `http://127.0.0.1:${port}`,
    resume,
    /**
     * Task functions under way finish first (as a running Lambda invocation does), for at most
     * `STOP_GRACE_MS`, so what they did is recorded with their execution; then every execution stops
     * where it is, to be resumed there.
     */
    async stop() {
      stopping = true;
      await Promise.race([
        Promise.allSettled([...invocations]),
        new Promise((resolveGrace) => setTimeout(resolveGrace, STOP_GRACE_MS).unref()),
      ]);
      save();
      for (const execution of executions.values()) if (execution.status === 'RUNNING') execution.abort?.();
      server.closeAllConnections();
      await new Promise((resolveClose) => server.close(resolveClose));
    },
  };
}

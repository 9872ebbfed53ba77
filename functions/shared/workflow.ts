import {
  StopExecutionCommand,
  SendTaskFailureCommand,
  SendTaskSuccessCommand,
  SFNClient,
  StartExecutionCommand,
} from '@aws-sdk/client-sfn';
import { logger } from './observability.ts';

/**
 * Starting and resuming Step Functions workflows. Locally `AWS_ENDPOINT_URL_SFN` points the same
 * client at the local endpoint.
 */
const sfn = new SFNClient({});

/** Starts a workflow; the name makes a repeated start of the same round the same execution. */
export async function startWorkflow(arnVariable: string, name: string, input: unknown): Promise<string> {
  const stateMachineArn = process.env[arnVariable];
  if (!stateMachineArn) throw new Error(`${arnVariable} is not set`);
  const result = await sfn.send(
    new StartExecutionCommand({ stateMachineArn, name, input: JSON.stringify(input) }),
  );
  // Its Tasks log the execution's name; this line ties that name to the work that started it.
  logger.info('workflow started', { execution: name });
  return result.executionArn ?? '';
}

/**
 * Stops the execution of that name, if it still runs (a second stop, or a stop of one that ended
 * or never started, changes nothing).
 */
export async function stopWorkflow(arnVariable: string, name: string, cause: string): Promise<void> {
  const stateMachineArn = process.env[arnVariable];
  if (!stateMachineArn) throw new Error(`${arnVariable} is not set`);
  const executionArn = `${stateMachineArn.replace(':stateMachine:', ':execution:')}:${name}`;
  try {
    await sfn.send(new StopExecutionCommand({ executionArn, cause }));
  } catch (error) {
    if (!(error instanceof Error && error.name === 'ExecutionDoesNotExist')) throw error;
  }
}

/** The workflow stopped waiting (timed out, stopped, or decided elsewhere). */
export class WorkflowNotWaiting extends Error {}

const GONE = new Set(['TaskDoesNotExist', 'TaskTimedOut', 'InvalidToken']);

/** Resumes a workflow waiting on a human decision: output on success, a named error on failure. */
export async function resumeWorkflow(
  taskToken: string,
  outcome: { succeeded: true; output: unknown } | { succeeded: false; error: string; cause: unknown },
): Promise<void> {
  try {
    if (outcome.succeeded) {
      await sfn.send(new SendTaskSuccessCommand({ taskToken, output: JSON.stringify(outcome.output) }));
    } else {
      await sfn.send(
        new SendTaskFailureCommand({ taskToken, error: outcome.error, cause: JSON.stringify(outcome.cause) }),
      );
    }
  } catch (error) {
    if (error instanceof Error && GONE.has(error.name)) throw new WorkflowNotWaiting(error.message);
    throw error;
  }
}

import {
  SendTaskFailureCommand,
  SendTaskSuccessCommand,
  SFNClient,
  StartExecutionCommand,
} from '@aws-sdk/client-sfn';

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
  return result.executionArn ?? '';
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

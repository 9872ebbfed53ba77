import middy from '@middy/core';
import { logContext, logger } from '#shared/observability.ts';
import { parsePart } from '#shared/validation.ts';
import { approvalRequest } from './model.ts';
import { requestApproval } from './requests.ts';
import { approvalSettings } from './settings.ts';

/** Invoked by a workflow's `.waitForTaskToken` Task: opens the approval and emails the link. */
export const handler = middy<unknown, { approvalId: string }>()
  .use(logContext())
  .handler(async (event) => {
    const request = parsePart('body', approvalRequest, event);
    logger.appendKeys({ workflow: request.workflow, step: request.step, subject: request.subject.id });
    return requestApproval(request, approvalSettings());
  });

import * as z from 'zod/mini';
import { defineEvent } from '#shared/events.ts';

export const surveyOpened = defineEvent({
  type: 'training.survey-opened',
  description:
    'A training-needs survey was opened (R-5.1), by the half-yearly schedule or a manager: each person it asks is recorded and emailed a link.',
  producer: 'training',
  payload: z.object({ surveyId: z.string() }),
});

export const surveyRequested = defineEvent({
  type: 'training.survey-requested',
  description:
    'A person is asked to answer a training-needs survey: they are emailed a single-use link, in their language.',
  producer: 'training',
  payload: z.object({ surveyId: z.string(), employeeId: z.string() }),
});

export const sessionPlanned = defineEvent({
  type: 'training.session-planned',
  description:
    'A session joined the annual training plan (R-5.2): each person of its audience is recorded and invited.',
  producer: 'training',
  payload: z.object({ sessionId: z.string() }),
});

export const trainingInvited = defineEvent({
  type: 'training.invited',
  description:
    'A person is invited to a training session: they are emailed when and where, with a single-use link to sign in at the session (R-5.3).',
  producer: 'training',
  payload: z.object({ sessionId: z.string(), employeeId: z.string() }),
});

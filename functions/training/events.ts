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

export const sessionChanged = defineEvent({
  type: 'training.session-changed',
  description:
    'A planned session was moved or changed (time, place, content) or cancelled, with the reason: everyone invited is told.',
  producer: 'training',
  payload: z.object({ sessionId: z.string(), change: z.enum(['changed', 'cancelled']) }),
});

export const trainingInvited = defineEvent({
  type: 'training.invited',
  description:
    'A person is invited to a training session, or told it changed or was cancelled: they are emailed when and where, with a single-use link to sign in at the session (R-5.3), or that it will not take place.',
  producer: 'training',
  payload: z.object({
    sessionId: z.string(),
    employeeId: z.string(),
    notice: z.enum(['invitation', 'change', 'cancellation']),
  }),
});

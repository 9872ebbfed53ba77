import { defineConsumer } from '#shared/event-consumer.ts';
import { evaluationGraded } from '../performance/public.ts';
import { sessionChanged, sessionPlanned, surveyOpened, surveyRequested, trainingInvited } from './events.ts';

/**
 * The training-events consumer: what it reacts to and what it may do, declared once for the bus rules,
 * the local runtime, the AsyncAPI document and its handler (`reactions.ts`), which refuses to load
 * when its reactions are not exactly these events.
 */
export const trainingConsumer = defineConsumer({
  name: 'training-events',
  entry: 'functions/training/reactions.ts',
  description:
    "Records each person a training-needs survey asks and each person a session invites (once, in parts), and emails each their single-use link (the survey's, or the sign-in's with the invitation, again with a new link when the session changes), or that the session is cancelled; keeps the training needs graded evaluations propose.",
  events: [surveyOpened, surveyRequested, sessionPlanned, sessionChanged, trainingInvited, evaluationGraded],
  sendsEmail: true,
});

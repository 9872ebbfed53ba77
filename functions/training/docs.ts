/** OpenAPI text of the training and career operations, keyed by operation id. */
import * as z from 'zod/mini';
import type { OperationDocs } from '#shared/http.ts';
import { pageOf } from '#shared/listing.ts';
import {
  authProblems,
  bodyProblems,
  conditionalProblems,
  customerLinkDocs,
  idempotencyProblems,
  notFoundProblem,
} from '#shared/problem-responses.ts';
import {
  attendanceInput,
  attendee,
  cancellation,
  careerFile,
  careerPlan,
  careerPlanInput,
  conversation,
  conversationInput,
  feedbackInput,
  needsReport,
  newSession,
  newSurvey,
  session,
  sessionFile,
  sessionPatch,
  survey,
  surveyResults,
  TOPICS,
} from './model.ts';

const tags = ['Training and careers'];
const ruleProblem = { status: 409, description: 'A rule refuses it (the text says which).' };

const surveyLink = customerLinkDocs({
  tags,
  page: 'The page behind a training-needs survey link',
  pageDescription: `Asks the person it was emailed to how much they need training in each topic (${TOPICS.join(', ')}), 1–5, and for a comment, in their language, until the survey closes.`,
  post: 'A person answers a training-needs survey from the emailed link',
  postDescription: `A form post carrying the link token \`t\`, a level 1–5 for each of ${TOPICS.map((topic) => `\`${topic}\``).join(', ')}, and an optional \`comment\`.`,
  used: 'Already answered.',
});

const signInLink = customerLinkDocs({
  tags,
  page: 'The page behind a training invitation’s sign-in link',
  pageDescription:
    'The session’s title, time and place, and from an hour before its start a button to sign in; valid until the session ends.',
  post: 'A person signs in at a training session from the emailed link',
  postDescription:
    'A form post carrying the link token `t`. Before sign-in opens (an hour before the start) the page says when it opens (409).',
  used: 'Already signed in, or sign-in is not open yet.',
});

export const trainingDocs: Record<string, OperationDocs> = {
  openTrainingSurvey: {
    summary: 'Open a training-needs survey (R-5.1)',
    description:
      'Sales admin or the sales manager. Asks everyone in sales (or the `audience` named) to rate their training needs by topic; each person is emailed a single-use link valid until `closesOn`. The half-yearly `training-survey` schedule opens one by itself. Honours `Idempotency-Key`.',
    tags,
    requestBody: newSurvey,
    responses: [
      { status: 201, description: 'Opened; the emails follow.', schema: survey },
      ...authProblems,
      ...bodyProblems,
      ...idempotencyProblems,
    ],
  },
  listTrainingSurveys: {
    summary: 'Training-needs surveys, newest first',
    description: 'Sales admin or the sales manager.',
    tags,
    responses: [
      { status: 200, description: 'One page of surveys.', schema: pageOf(survey) },
      ...authProblems,
    ],
  },
  getTrainingSurvey: {
    summary: 'A training-needs survey’s results',
    description:
      'Sales admin or the sales manager: how many were asked and answered, per topic how many rate their need 4 or 5 and the mean level (in hundredths), and the comments (without names).',
    tags,
    responses: [
      { status: 200, description: 'The results.', schema: surveyResults },
      ...authProblems,
      notFoundProblem,
    ],
  },
  getTrainingNeeds: {
    summary: 'A year’s training needs: survey answers and the needs evaluations proposed',
    description:
      'Sales admin or the sales manager, to make the annual plan (R-5.2): per topic, the answers of the year’s surveys that rate it 4 or 5, and the reps whose graded evaluations proposed it (R-4.4).',
    tags,
    responses: [{ status: 200, description: 'The needs.', schema: needsReport }, ...authProblems],
  },
  planTrainingSession: {
    summary: 'Put a session in the annual training plan (R-5.2)',
    description:
      'Sales admin or the sales manager: topic, title, content, start and end (within three days, ahead of now), place, trainer (an employee or an outside name) and audience (at most 200). Each person of the audience is emailed an invitation with a single-use link to sign in at the session. Honours `Idempotency-Key`.',
    tags,
    requestBody: newSession,
    responses: [
      { status: 201, description: 'Planned; the invitations follow.', schema: session },
      ...authProblems,
      ...bodyProblems,
      ...idempotencyProblems,
    ],
  },
  getTrainingPlan: {
    summary: 'The year’s training plan by quarter and month',
    description: 'Everyone in sales.',
    tags,
    responses: [
      {
        status: 200,
        description: 'The plan.',
        schema: z.object({
          year: z.string(),
          sessions: z.int(),
          quarters: z.array(
            z.object({
              quarter: z.string(),
              months: z.array(z.object({ month: z.string(), sessions: z.array(session) })),
            }),
          ),
        }),
      },
      ...authProblems,
    ],
  },
  getTrainingSession: {
    summary: 'A session with its sign-ins, scores, feedback and effectiveness (R-5.3)',
    description:
      'Planners and the trainer see every attendee; an invited person sees their own record. Effectiveness: attendance, mean exam and practice scores, mean feedback.',
    tags,
    responses: [
      { status: 200, description: 'The session’s file.', schema: sessionFile },
      ...authProblems,
      notFoundProblem,
    ],
  },
  changeTrainingSession: {
    summary: 'Move or change a planned session: time, place, title, content',
    description:
      'Sales admin or the sales manager, with `If-Match`, before the session is over. Everyone invited is emailed the session as it now stands with a new sign-in link (the earlier link stops working). The audience and the trainer stay: plan another session for others.',
    tags,
    requestBody: sessionPatch,
    responses: [
      { status: 200, description: 'The session as changed.', schema: session },
      ...authProblems,
      notFoundProblem,
      ruleProblem,
      ...conditionalProblems,
      ...bodyProblems,
    ],
  },
  cancelTrainingSession: {
    summary: 'Cancel a planned session, with the reason',
    description:
      'Sales admin or the sales manager. Everyone invited is emailed that it will not take place, and why; its sign-in links stop working and nothing more is recorded for it. It stays in the plan, marked cancelled.',
    tags,
    requestBody: cancellation,
    responses: [
      { status: 200, description: 'The session, cancelled.', schema: session },
      ...authProblems,
      notFoundProblem,
      ruleProblem,
      ...bodyProblems,
    ],
  },
  recordTrainingAttendance: {
    summary: 'Sign a person in at a session, or record their exam and practice scores',
    description:
      'The trainer, sales admin or the sales manager, for an invited person. A sign-in is kept once (the first stands); scores 0–100 replace earlier ones. Sign-in opens an hour before the start.',
    tags,
    requestBody: attendanceInput,
    responses: [
      { status: 200, description: 'The person’s record.', schema: attendee },
      ...authProblems,
      notFoundProblem,
      ruleProblem,
      ...bodyProblems,
    ],
  },
  giveTrainingFeedback: {
    summary: 'Give feedback on a session attended: the questionnaire (R-5.3)',
    description: 'An invited person who signed in, once: how useful it was, 1–5, and a comment.',
    tags,
    requestBody: feedbackInput,
    responses: [
      {
        status: 200,
        description: 'Recorded.',
        schema: z.object({ rating: z.int(), comment: z.optional(z.string()), at: z.string() }),
      },
      ...authProblems,
      notFoundProblem,
      ruleProblem,
      ...bodyProblems,
    ],
  },
  putCareerPlan: {
    summary: 'Set a person’s career plan: goals, path and the step they are on (R-5.4)',
    description:
      'The person’s supervisor or the sales manager (not for themselves). Replaces the plan; the audit trail keeps every version.',
    tags,
    requestBody: careerPlanInput,
    responses: [
      { status: 200, description: 'The plan.', schema: careerPlan },
      ...authProblems,
      notFoundProblem,
      { status: 412, description: 'Someone changed the plan meanwhile; read it again.' },
      ...bodyProblems,
    ],
  },
  recordCareerConversation: {
    summary: 'Record a career conversation with its date, notes and agreed actions',
    description: 'The person’s supervisor or the sales manager. Honours `Idempotency-Key`.',
    tags,
    requestBody: conversationInput,
    responses: [
      { status: 201, description: 'Recorded.', schema: conversation },
      ...authProblems,
      notFoundProblem,
      ...bodyProblems,
      ...idempotencyProblems,
    ],
  },
  getCareerFile: {
    summary: 'A person’s career file: plan, conversations, evaluations and training',
    description:
      'The person, their supervisor and the sales manager. Linked: the graded evaluations of this year and last with the promotion priority and training needs they proposed (or the manager decided), and the sessions the person was invited to.',
    tags,
    responses: [
      { status: 200, description: 'The file.', schema: careerFile },
      ...authProblems,
      notFoundProblem,
    ],
  },
  getTrainingSurveyPage: surveyLink.page,
  headTrainingSurveyPage: surveyLink.head,
  answerTrainingSurvey: surveyLink.post,
  getTrainingSignInPage: signInLink.page,
  headTrainingSignInPage: signInLink.head,
  signInAtTraining: signInLink.post,
};

import * as z from 'zod/mini';
import { localDate, timeZone } from '#shared/calendar.ts';
import { newId, nowIso } from '#shared/clock.ts';
import { defineOperation, type Operation } from '#shared/http.ts';
import { createOnce } from '#shared/idempotency.ts';
import { pageParameters } from '#shared/listing.ts';
import { validationProblem } from '#shared/problem.ts';
import { found } from '#shared/resource-replies.ts';
import { idParams } from '#shared/schemas.ts';
import { allEmployees } from '../employees/public.ts';
import { newSurvey, type Survey, TOPICS } from './model.ts';
import { PLANNERS, SALES_ROLES, surveyTopics } from './rules.ts';
import { getSurvey, listSurveys, surveyResponses, surveyWrites, yearProposedNeeds } from './store.ts';

/**
 * Training-needs surveys: opened by a planner (or the half-yearly schedule) for everyone in
 * sales or a chosen audience, each asked by an emailed link; the results add up the answers per
 * topic. The year's needs set the survey answers beside the needs evaluations proposed.
 */

/** The people named, each once, all of them employees (else a 400 naming the others); and the employees' ids. */
export async function knownAudience(ids: readonly string[]): Promise<string[]> {
  const known = new Set((await allEmployees()).map((employee) => employee.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length)
    throw validationProblem([{ in: 'body', path: 'audience', message: `No employee ${unknown.join(', ')}` }]);
  return [...new Set(ids)];
}

/** Everyone in sales, whom a survey asks unless told otherwise. */
export const salesStaff = async () =>
  (await allEmployees())
    .filter((employee) => employee.roles.some((role) => SALES_ROLES.includes(role)))
    .map((employee) => employee.id);

const open = defineOperation({
  operationId: 'openTrainingSurvey',
  method: 'POST',
  path: '/training/surveys',
  auth: 'jwt',
  roles: PLANNERS,
  body: newSurvey,
  idempotent: true,
  async handle(request) {
    const { caller, body } = request;
    const today = localDate(new Date(), timeZone());
    if (body.closesOn < today)
      throw validationProblem([{ in: 'body', path: 'closesOn', message: 'Today or later' }]);
    const audience = body.audience ? await knownAudience(body.audience) : await salesStaff();
    const survey: Survey = {
      id: newId(),
      title: body.title,
      openedBy: caller.id,
      openedAt: nowIso(),
      closesOn: body.closesOn,
      audience,
    };
    return createOnce(request, surveyWrites(survey), {
      status: 201,
      body: survey,
      headers: { location: `/training/surveys/${survey.id}` },
    });
  },
});

const list = defineOperation({
  operationId: 'listTrainingSurveys',
  method: 'GET',
  path: '/training/surveys',
  auth: 'jwt',
  roles: PLANNERS,
  query: z.strictObject(pageParameters),
  async handle({ query }) {
    const page = await listSurveys(query);
    return { status: 200, body: page };
  },
});

const results = defineOperation({
  operationId: 'getTrainingSurvey',
  method: 'GET',
  path: '/training/surveys/{id}',
  auth: 'jwt',
  roles: PLANNERS,
  params: idParams,
  async handle({ params }) {
    const survey = found(await getSurvey(params.id), `Survey ${params.id}`);
    const responses = await surveyResponses(survey.id);
    return {
      status: 200,
      body: {
        survey,
        asked: responses.length,
        answered: responses.filter((response) => response.needs).length,
        topics: surveyTopics(responses),
        comments: responses.flatMap((response) => (response.comment ? [response.comment] : [])),
      },
    };
  },
});

const needs = defineOperation({
  operationId: 'getTrainingNeeds',
  method: 'GET',
  path: '/training/needs/{year}',
  auth: 'jwt',
  roles: PLANNERS,
  params: z.strictObject({ year: z.string().check(z.regex(/^20\d\d$/, 'A year such as 2026')) }),
  async handle({ params }) {
    const surveys = (await listSurveys({ limit: 100 })).items.filter((survey) =>
      survey.openedAt.startsWith(params.year),
    );
    const [answers, proposed] = await Promise.all([
      Promise.all(surveys.map((survey) => surveyResponses(survey.id))),
      yearProposedNeeds(params.year),
    ]);
    const high = surveyTopics(answers.flat());
    return {
      status: 200,
      body: {
        year: params.year,
        topics: TOPICS.map((topic) => ({
          topic,
          surveyHigh: high.find((row) => row.topic === topic)!.high,
          proposedFor: [
            ...new Set(proposed.filter((need) => need.needs.includes(topic)).map((need) => need.employeeId)),
          ].sort(),
        })),
      },
    };
  },
});

export const surveyOperations: readonly Operation[] = [open, list, results, needs];

import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { asFunction } from '../../local/data-scope.ts';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventPath } from '../support/event-path.ts';
import { caller, type Person } from '../support/events.ts';
import { addEmployee, prepareTable } from '../support/table.ts';

/**
 * Training and careers over DynamoDB Local and the local event path: a needs survey answered
 * from its emailed links, the half-yearly survey opened once however often its schedule fires, a
 * session planned with its invitations, sign-in by link and by the trainer, scores, feedback and
 * effectiveness; career plans, conversations and the career file.
 */
process.env.SENDER_ADDRESS = 'sales@test.example';
process.env.PUBLIC_API_URL = 'https://api.test';
const ses = mockClient(SESv2Client);
ses.on(SendEmailCommand).resolves({ MessageId: 'm' });
const { handler: trainingApi } = await import('../../functions/training/handler.ts');
const { openHalfYearSurvey } = await import('../../functions/training/training-survey.ts');
const { commit } = await import('../../functions/shared/transaction.ts');
const { recordEvent } = await import('../../functions/shared/events.ts');
const { evaluationGraded } = await import('../../functions/performance/events.ts');
const training = caller(trainingApi);

const manager = { id: 'TRMGR', roles: ['sales_manager'] as const };
const admin = { id: 'TRADMIN', roles: ['sales_admin'] as const };
const supervisor = { id: 'TRSUP', roles: ['supervisor', 'sales_rep'] as const };
const rep = { id: 'TRREP1', roles: ['sales_rep'] as const };
const rep2 = { id: 'TRREP2', roles: ['sales_rep'] as const };
const outsider = { id: 'TRLOG', roles: ['logistics'] as const };
type Who = Person;

let path: Awaited<ReturnType<typeof eventPath>>;
const sent = () => ses.commandCalls(SendEmailCommand).map((call) => call.args[0].input);
const linkIn = (to: string, kind: 'training-surveys' | 'training-sign-ins') => {
  const mails = sent().filter((input) => input.Destination!.ToAddresses![0] === to);
  const pattern = new RegExp(`/${kind}/([\\w-]+)\\?t=([\\w-]+)`);
  const match = mails
    .map((mail) => pattern.exec(mail.Content!.Simple!.Body!.Text!.Data ?? ''))
    .findLast((found) => found);
  return match ? { id: match[1]!, token: match[2]! } : undefined;
};
const form = (route: string, url: string, fields: Record<string, string>) =>
  training(route, url, {
    body: new URLSearchParams(fields).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });

beforeAll(async () => {
  await prepareTable([]);
  await addEmployee({ id: 'TRMGR', roles: ['sales_manager'] });
  await addEmployee({ id: 'TRADMIN', roles: ['sales_admin'] });
  await addEmployee({ id: 'TRSUP', roles: ['supervisor', 'sales_rep'], supervisorId: 'TRMGR' });
  await addEmployee({ id: 'TRREP1', roles: ['sales_rep'], supervisorId: 'TRSUP', locale: 'en' });
  await addEmployee({ id: 'TRREP2', roles: ['sales_rep'], supervisorId: 'TRSUP' });
  await addEmployee({ id: 'TRLOG', roles: ['logistics'] });
  await addEmployee({ id: 'TRTECH', roles: ['technician'] });
  path = await eventPath();
});
afterAll(() => path.stop());

describe('training-needs surveys', () => {
  it('asks everyone in sales by emailed link, takes one answer each, and adds the answers up', async () => {
    const closesOn = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    const opened = await training('POST /training/surveys', '/training/surveys', {
      caller: admin,
      body: { title: '2026 下半年培训需求', closesOn },
    });
    expect(opened.status).toBe(201);
    // Everyone in sales; not logistics, not the technician.
    expect([...opened.body.audience].sort()).toEqual(['TRADMIN', 'TRMGR', 'TRREP1', 'TRREP2', 'TRSUP']);
    await path.settle();
    const link = linkIn('trrep1@test.example', 'training-surveys')!;
    expect(link.id).toBe(`${opened.body.id}-TRREP1`);
    expect(linkIn('trlog@test.example', 'training-surveys')).toBeUndefined();
    // In the person's language.
    const mail = sent().find((input) => input.Destination!.ToAddresses![0] === 'trrep1@test.example')!;
    expect(mail.Content!.Simple!.Subject!.Data).toContain('Training needs survey');

    const page = await training('GET /training-surveys/{id}', `/training-surveys/${link.id}`, {
      query: { t: link.token },
    });
    expect(page.status).toBe(200);
    expect(page.body).toContain('name="sales_skills"');
    const levels = {
      product_knowledge: '5',
      sales_skills: '4',
      customer_service: '2',
      market_analysis: '1',
      industry_knowledge: '3',
    };
    const answer = (token: string, fields: Record<string, string>) =>
      form('POST /training-surveys/{id}/answer', `/training-surveys/${link.id}/answer`, {
        t: token,
        ...fields,
      });
    expect((await answer(link.token, { ...levels, sales_skills: '9' })).status).toBe(400);
    expect((await answer('forged', levels)).status).toBe(404);
    expect((await answer(link.token, { ...levels, comment: 'CRM 使用技巧' })).status).toBe(200);
    expect((await answer(link.token, levels)).status).toBe(409);
    const second = linkIn('trrep2@test.example', 'training-surveys')!;
    expect(
      (
        await form('POST /training-surveys/{id}/answer', `/training-surveys/${second.id}/answer`, {
          t: second.token,
          ...levels,
          product_knowledge: '3',
        })
      ).status,
    ).toBe(200);

    const results = await training('GET /training/surveys/{id}', `/training/surveys/${opened.body.id}`, {
      caller: manager,
    });
    expect(results.body).toMatchObject({ asked: 5, answered: 2, comments: ['CRM 使用技巧'] });
    expect(results.body.topics[0]).toEqual({ topic: 'product_knowledge', high: 1, meanHundredths: 400 });
    expect(
      (await training('GET /training/surveys/{id}', `/training/surveys/${opened.body.id}`, { caller: rep }))
        .status,
    ).toBe(403);
  });

  it('opens the half-year’s survey once, however often the schedule fires', async () => {
    const context = (at: string) => ({
      scheduledTime: new Date(at),
      today: at.slice(0, 10),
      timeZone: 'Asia/Shanghai',
      tally: <C extends Record<string, number>>(initial: C) => ({ ...initial }),
      pages: undefined as never,
    });
    const first = await asFunction('training-survey', () =>
      openHalfYearSurvey(context('2027-01-02T01:00:00.000Z') as never),
    );
    const again = await asFunction('training-survey', () =>
      openHalfYearSurvey(context('2027-01-02T01:00:00.000Z') as never),
    );
    expect(first).toEqual({ opened: 1, asked: 5 });
    expect(again).toEqual({ opened: 0, asked: 0 });
    const surveys = await training('GET /training/surveys', '/training/surveys', { caller: admin });
    expect(
      surveys.body.items.filter((survey: { openedBy: string }) => survey.openedBy === 'schedule'),
    ).toHaveLength(1);
  });

  it('sets the survey answers beside the needs evaluations proposed, for the plan', async () => {
    const at = new Date().toISOString();
    await commit([
      recordEvent(evaluationGraded, {
        subject: { type: 'evaluation', id: 'TRREP2/2026-Q3/1' },
        actor: 'schedule',
        at,
        payload: {
          employeeId: 'TRREP2',
          period: `${at.slice(0, 4)}-Q3`,
          run: 1,
          grade: 'pass',
          compositeScore: 64,
          trainingNeeds: ['sales_skills'],
        },
      }),
    ]);
    await path.settle();
    const needs = await training('GET /training/needs/{year}', `/training/needs/${at.slice(0, 4)}`, {
      caller: admin,
    });
    expect(needs.status).toBe(200);
    const skills = needs.body.topics.find((row: { topic: string }) => row.topic === 'sales_skills');
    expect(skills).toEqual({ topic: 'sales_skills', surveyHigh: 2, proposedFor: ['TRREP2'] });
  });
});

describe('the training plan and its sessions', () => {
  const soon = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
  let sessionId: string;

  it('plans a session, invites its audience with sign-in links, and shows it in the year’s plan', async () => {
    const lathe = {
      topic: 'product_knowledge',
      title: '新款数控车床',
      content: 'CK6150 的结构、选型与常见问题',
      startsAt: soon(30),
      endsAt: soon(150),
      place: '二楼培训室',
      trainer: { employeeId: 'TRTECH' },
      audience: ['TRREP1', 'TRREP2', 'TRSUP'],
    };
    const planned = await training('POST /training/sessions', '/training/sessions', {
      caller: admin,
      body: lathe,
      headers: { 'idempotency-key': 'plan-lathe' },
    });
    expect(planned.status).toBe(201);
    sessionId = planned.body.id;
    // The same key again: the first answer, nothing planned twice.
    const again = await training('POST /training/sessions', '/training/sessions', {
      caller: admin,
      body: JSON.parse(JSON.stringify(lathe)),
      headers: { 'idempotency-key': 'plan-lathe' },
    });
    expect(again.body.id).toBe(sessionId);
    expect(
      (await training('POST /training/sessions', '/training/sessions', { caller: rep, body: lathe })).status,
    ).toBe(403);
    await path.settle();
    expect(linkIn('trrep2@test.example', 'training-sign-ins')?.id).toBe(`${sessionId}-TRREP2`);
    expect(linkIn('trmgr@test.example', 'training-sign-ins')).toBeUndefined();
    const plan = await training('GET /training/plan/{year}', `/training/plan/${planned.body.year}`, {
      caller: rep,
    });
    expect(plan.status).toBe(200);
    const month = plan.body.quarters
      .flatMap((quarter: { months: { month: string; sessions: { id: string }[] }[] }) => quarter.months)
      .find((entry: { month: string }) => entry.month === planned.body.month);
    expect(month.sessions.map((session: { id: string }) => session.id)).toContain(sessionId);
    expect(
      (await training('GET /training/plan/{year}', '/training/plan/2026', { caller: outsider })).status,
    ).toBe(403);
  });

  it('signs in by link once, or by the trainer; records scores and feedback; shows effectiveness', async () => {
    const link = linkIn('trrep1@test.example', 'training-sign-ins')!;
    const page = await training('GET /training-sign-ins/{id}', `/training-sign-ins/${link.id}`, {
      query: { t: link.token },
    });
    expect(page.body).toContain('id="sign-in"');
    const signIn = (token: string) =>
      form('POST /training-sign-ins/{id}/confirmation', `/training-sign-ins/${link.id}/confirmation`, {
        t: token,
      });
    expect((await signIn(link.token)).status).toBe(200);
    expect((await signIn(link.token)).status).toBe(409);

    const record = (who: Who, body: object) =>
      training('POST /training/sessions/{id}/attendance', `/training/sessions/${sessionId}/attendance`, {
        caller: who,
        body,
      });
    const trainer: Person = { id: 'TRTECH', roles: ['technician'] };
    expect(
      (await record(trainer, { employeeId: 'TRREP2', signedIn: true, examScore: 80 })).body,
    ).toMatchObject({
      employeeId: 'TRREP2',
      signedInBy: 'TRTECH',
      examScore: 80,
    });
    expect((await record(trainer, { employeeId: 'TRREP1', examScore: 90, practiceScore: 70 })).status).toBe(
      200,
    );
    expect((await record(rep, { employeeId: 'TRREP2', examScore: 100 })).status).toBe(403);
    expect((await record(trainer, { employeeId: 'TRMGR', signedIn: true })).status).toBe(409);
    expect((await record(trainer, { employeeId: 'TRREP1' })).status).toBe(400);

    const feedback = (who: Who, body: object) =>
      training('POST /training/sessions/{id}/feedback', `/training/sessions/${sessionId}/feedback`, {
        caller: who,
        body,
      });
    expect((await feedback(rep, { rating: 5, comment: '很实用' })).status).toBe(200);
    expect((await feedback(rep, { rating: 4 })).status).toBe(409);
    // Invited but not signed in; not invited at all.
    expect((await feedback(supervisor, { rating: 3 })).status).toBe(409);
    expect((await feedback(manager, { rating: 3 })).status).toBe(403);

    const file = await training('GET /training/sessions/{id}', `/training/sessions/${sessionId}`, {
      caller: admin,
    });
    expect(file.body.effectiveness).toEqual({
      invited: 3,
      signedIn: 2,
      attendanceBasisPoints: 6667,
      meanExamScore: 85,
      meanPracticeScore: 70,
      meanFeedback: 5,
    });
    // An attendee sees their own record only; someone else, nothing.
    const own = await training('GET /training/sessions/{id}', `/training/sessions/${sessionId}`, {
      caller: rep2,
    });
    expect(own.body.attendees.map((attendee: { employeeId: string }) => attendee.employeeId)).toEqual([
      'TRREP2',
    ]);
    expect(
      (await training('GET /training/sessions/{id}', `/training/sessions/${sessionId}`, { caller: outsider }))
        .status,
    ).toBe(403);
  });

  it('opens sign-in only an hour before the start', async () => {
    const later = await training('POST /training/sessions', '/training/sessions', {
      caller: manager,
      body: {
        topic: 'market_analysis',
        title: 'Regional markets',
        content: 'Reading the regional market sizes',
        startsAt: soon(3 * 24 * 60),
        endsAt: soon(3 * 24 * 60 + 90),
        place: 'Room 3',
        trainer: { name: 'Dr. Li (outside)' },
        audience: ['TRREP1'],
      },
    });
    expect(later.status).toBe(201);
    await path.settle();
    const link = linkIn('trrep1@test.example', 'training-sign-ins')!;
    expect(link.id).toBe(`${later.body.id}-TRREP1`);
    const page = await training('GET /training-sign-ins/{id}', `/training-sign-ins/${link.id}`, {
      query: { t: link.token },
    });
    expect(page.body).not.toContain('id="sign-in"');
    expect(
      (
        await form(
          'POST /training-sign-ins/{id}/confirmation',
          `/training-sign-ins/${link.id}/confirmation`,
          {
            t: link.token,
          },
        )
      ).status,
    ).toBe(409);
    expect(
      (
        await training(
          'POST /training/sessions/{id}/attendance',
          `/training/sessions/${later.body.id}/attendance`,
          {
            caller: admin,
            body: { employeeId: 'TRREP1', signedIn: true },
          },
        )
      ).status,
    ).toBe(409);
  });
});

describe('changing and cancelling a planned session', () => {
  it('moves a session: everyone invited gets the new time with a new link; a cancellation ends it', async () => {
    const inAWeek = (minutes = 0) => new Date(Date.now() + 7 * 86_400_000 + minutes * 60_000).toISOString();
    const planned = await training('POST /training/sessions', '/training/sessions', {
      caller: admin,
      body: {
        topic: 'customer_service',
        title: '投诉处理',
        content: '投诉的受理、答复与跟进',
        startsAt: inAWeek(),
        endsAt: inAWeek(120),
        place: '一楼会议室',
        trainer: { name: '外部讲师' },
        audience: ['TRREP2'],
      },
    });
    await path.settle();
    const first = linkIn('trrep2@test.example', 'training-sign-ins')!;
    expect(first.id).toBe(`${planned.body.id}-TRREP2`);
    // Each email carries the session's calendar entry: one entry, updated, then cancelled.
    const calendarOf = (input: ReturnType<typeof sent>[number]) => {
      const [attachment] = input.Content!.Simple!.Attachments!;
      expect(attachment!.ContentType).toMatch(/^text\/calendar; method=(REQUEST|CANCEL)/);
      return new TextDecoder().decode(attachment!.RawContent);
    };
    const lastTo = (address: string) =>
      sent().findLast((input) => input.Destination!.ToAddresses![0] === address)!;
    const invitation = calendarOf(lastTo('trrep2@test.example'));
    expect(invitation).toContain('METHOD:REQUEST');
    expect(invitation).toContain(`UID:training-${planned.body.id}@sales-department`);
    expect(invitation).toContain('SEQUENCE:1');
    expect(invitation).toContain('LOCATION:一楼会议室');
    expect(invitation).toMatch(/DTSTART;TZID=Asia\/Shanghai:\d{8}T\d{6}\r\n/);
    const patch = (who: Who, body: object, version: number) =>
      training('PATCH /training/sessions/{id}', `/training/sessions/${planned.body.id}`, {
        caller: who,
        body,
        headers: { 'if-match': `"${version}"`, 'content-type': 'application/merge-patch+json' },
      });
    // The ETag a client reads is the one the change is based on.
    const read = await training('GET /training/sessions/{id}', `/training/sessions/${planned.body.id}`, {
      caller: admin,
    });
    expect(read.headers.etag).toBe('"1"');
    expect((await patch(rep, { place: 'Room 2' }, 1)).status).toBe(403);
    expect((await patch(admin, { place: 'Room 2' }, 7)).status).toBe(412);
    expect((await patch(admin, { endsAt: inAWeek(-10) }, 1)).status).toBe(400);
    const moved = await patch(
      admin,
      { startsAt: inAWeek(24 * 60), endsAt: inAWeek(24 * 60 + 120), place: '二楼培训室' },
      1,
    );
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ version: 2, place: '二楼培训室', status: 'planned' });
    await path.settle();
    const second = linkIn('trrep2@test.example', 'training-sign-ins')!;
    expect(second.token).not.toBe(first.token);
    const changedMail = sent().findLast(
      (input) => input.Destination!.ToAddresses![0] === 'trrep2@test.example',
    )!;
    expect(changedMail.Content!.Simple!.Subject!.Data).toContain('培训变更');
    const update = calendarOf(changedMail);
    expect(update).toContain(`UID:training-${planned.body.id}@sales-department`);
    expect(update).toContain('SEQUENCE:2');
    expect(update).toContain('LOCATION:二楼培训室');
    // The earlier link was replaced; the new one opens the page (sign-in is not open a week ahead).
    const page = (link: { id: string; token: string }) =>
      training('GET /training-sign-ins/{id}', `/training-sign-ins/${link.id}`, { query: { t: link.token } });
    expect((await page(first)).status).toBe(404);
    expect((await page(second)).status).toBe(200);
    // The person's training record follows the session's new time.
    const file = await training('GET /careers/{employeeId}', '/careers/TRREP2', { caller: supervisor });
    expect(
      file.body.training.find((entry: { sessionId: string }) => entry.sessionId === planned.body.id).startsAt,
    ).toBe(moved.body.startsAt);

    const cancel = (who: Who) =>
      training('POST /training/sessions/{id}/cancel', `/training/sessions/${planned.body.id}/cancel`, {
        caller: who,
        body: { reason: '讲师临时出差' },
      });
    expect((await cancel(rep)).status).toBe(403);
    const cancelled = await cancel(admin);
    expect(cancelled.body).toMatchObject({
      status: 'cancelled',
      cancelledReason: '讲师临时出差',
      version: 3,
    });
    expect((await cancel(admin)).status).toBe(409);
    expect((await patch(admin, { place: 'Room 9' }, 3)).status).toBe(409);
    await path.settle();
    const cancelledMail = sent().findLast(
      (input) => input.Destination!.ToAddresses![0] === 'trrep2@test.example',
    )!;
    expect(cancelledMail.Content!.Simple!.Subject!.Data).toContain('培训取消');
    expect(cancelledMail.Content!.Simple!.Body!.Text!.Data).toContain('讲师临时出差');
    const cancellation = calendarOf(cancelledMail);
    expect(cancellation).toContain('METHOD:CANCEL');
    expect(cancellation).toContain('STATUS:CANCELLED');
    expect(cancellation).toContain(`UID:training-${planned.body.id}@sales-department`);
    expect(cancellation).toContain('SEQUENCE:3');
    expect((await page(second)).status).toBe(410);
    expect(
      (
        await training(
          'POST /training/sessions/{id}/attendance',
          `/training/sessions/${planned.body.id}/attendance`,
          {
            caller: admin,
            body: { employeeId: 'TRREP2', examScore: 90 },
          },
        )
      ).status,
    ).toBe(409);
  });
});

describe('career plans', () => {
  it('are kept by the supervisor or the manager, read by the person, and link evaluations and training', async () => {
    const plan = {
      goals: ['Own two key accounts by 2027'],
      path: ['销售代表', '高级销售代表', '大客户经理'],
      currentStep: 0,
      nextConversationOn: '2027-01-15',
    };
    const put = (who: Who, employee: string, body: object) =>
      training('PUT /careers/{employeeId}', `/careers/${employee}`, { caller: who, body });
    expect((await put(rep, 'TRREP1', plan)).status).toBe(403);
    expect((await put(supervisor, 'TRREP1', { ...plan, currentStep: 3 })).status).toBe(400);
    const set = await put(supervisor, 'TRREP1', plan);
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ version: 1, updatedBy: 'TRSUP' });
    expect((await put(manager, 'TRREP1', { ...plan, currentStep: 1 })).body.version).toBe(2);

    const talk = await training('POST /careers/{employeeId}/conversations', '/careers/TRREP1/conversations', {
      caller: supervisor,
      body: { heldOn: '2026-11-20', notes: '讨论晋升路径', agreedActions: ['参加谈判技巧培训'] },
    });
    expect(talk.status).toBe(201);

    const read = (who: Who) => training('GET /careers/{employeeId}', '/careers/TRREP1', { caller: who });
    const file = await read(rep);
    expect(file.status).toBe(200);
    expect(file.body.plan).toMatchObject({ currentStep: 1, path: plan.path });
    expect(file.body.conversations).toHaveLength(1);
    expect(file.body.training.map((entry: { signedIn: boolean }) => entry.signedIn).sort()).toEqual([
      false,
      true,
    ]);
    expect((await read(rep2)).status).toBe(403);
    expect((await read(manager)).status).toBe(200);
    expect((await training('GET /careers/{employeeId}', '/careers/NOBODY', { caller: manager })).status).toBe(
      404,
    );
  });
});

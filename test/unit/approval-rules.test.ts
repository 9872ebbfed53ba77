import { describe, expect, it } from 'vitest';
import { type ChainStep, NobodyMayDecide, resolveChain } from '../../functions/approvals/chain.ts';
import type { StoredApproval } from '../../functions/approvals/model.ts';
import {
  approvalView,
  checkLink,
  chooseApprover,
  committeeOutcome,
  decideApproval,
  escalationTarget,
  deadlineAction,
} from '../../functions/approvals/rules.ts';
import { newLinkToken, tokenDigest } from '../../functions/shared/link-tokens.ts';
import { DEFAULT_APPROVAL_SETTINGS as settings } from '../../functions/approvals/settings.ts';

const token = newLinkToken();
const approval: StoredApproval = {
  id: 'A1',
  workflow: 'contract-review',
  step: 'legal-review',
  round: 1,
  subject: {
    type: 'contract',
    id: 'C1',
    title: 'Contract',
    summary: [],
    ownerId: 'REP',
    localized: { en: { title: 'Contract', summary: [] }, 'zh-CN': { title: '合同', summary: [] } },
  },
  approverRole: 'legal',
  approverId: 'LEGAL',
  approverLocale: 'zh-CN',
  links: 'https://api.example',
  status: 'pending',
  dueAt: '2026-12-02T00:00:00.000Z',
  version: 1,
  createdAt: '2026-11-30T00:00:00.000Z',
  updatedAt: '2026-11-30T00:00:00.000Z',
  taskToken: 'task-token',
  linkTokenHash: tokenDigest(token),
  linkExpiresAt: '2026-12-04T00:00:00.000Z',
};
const at = (iso: string) => new Date(iso);

describe('link tokens', () => {
  it('are 256 random bits, kept only as a digest', () => {
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(newLinkToken()).not.toBe(token);
    expect(approval.linkTokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(approval.linkTokenHash).not.toContain(token);
  });
  it('decide only while current, unexpired and undecided', () => {
    expect(checkLink(approval, token, at('2026-12-01T00:00:00Z'))).toBe('ok');
    expect(checkLink(approval, undefined, at('2026-12-01T00:00:00Z'))).toBe('missing');
    const tampered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    expect(checkLink(approval, tampered, at('2026-12-01T00:00:00Z'))).toBe('invalid');
    expect(checkLink(approval, 'short', at('2026-12-01T00:00:00Z'))).toBe('invalid');
    expect(checkLink(approval, token, at('2026-12-04T00:00:00Z'))).toBe('expired');
    expect(checkLink({ ...approval, status: 'approved' }, token, at('2026-12-01T00:00:00Z'))).toBe('decided');
    expect(checkLink({ ...approval, status: 'expired' }, token, at('2026-12-01T00:00:00Z'))).toBe('expired');
  });
  it('never leave the server', () => {
    expect(Object.keys(approvalView(approval))).not.toEqual(expect.arrayContaining(['taskToken']));
    expect(approvalView(approval)).not.toHaveProperty('linkTokenHash');
    expect(approvalView(approval)).not.toHaveProperty('linkExpiresAt');
  });
});

describe('the deadline rule', () => {
  it('reminds at the due time, escalates escalateAfterDays later, each once', () => {
    expect(deadlineAction(approval, at('2026-12-01T23:59:59Z'), settings)).toBeUndefined();
    expect(deadlineAction(approval, at('2026-12-02T00:00:00Z'), settings)).toBe('remind');
    const reminded = { ...approval, remindedAt: '2026-12-02T00:05:00Z' };
    expect(deadlineAction(reminded, at('2026-12-03T00:00:00Z'), settings)).toBeUndefined();
    expect(deadlineAction(reminded, at('2026-12-04T00:00:00Z'), settings)).toBe('escalate');
    expect(
      deadlineAction(
        { ...reminded, escalatedAt: '2026-12-04T00:05:00Z' },
        at('2026-12-09T00:00:00Z'),
        settings,
      ),
    ).toBeUndefined();
    expect(
      deadlineAction({ ...approval, status: 'approved' }, at('2026-12-09T00:00:00Z'), settings),
    ).toBeUndefined();
  });
});

const people = [
  { id: 'GM', roles: ['general_manager'] },
  { id: 'MGR', roles: ['sales_manager', 'supervisor'], supervisorId: 'GM' },
  { id: 'LEGAL', roles: ['legal'], supervisorId: 'GM' },
  { id: 'DEPUTY', roles: ['legal'], supervisorId: 'GM' },
  { id: 'REP', roles: ['sales_rep'], supervisorId: 'MGR' },
];

describe('who decides a step', () => {
  it('is the first holder of the role who does not own the subject', () => {
    expect(chooseApprover('sales_manager', { ownerId: 'REP' }, people)?.id).toBe('MGR');
    expect(chooseApprover('legal', { ownerId: 'REP' }, people)?.id).toBe('LEGAL');
    expect(chooseApprover('legal', { ownerId: 'REP', submittedBy: 'LEGAL' }, people)?.id).toBe('DEPUTY');
  });
  it("goes to the owner's supervisor when the owner is the only holder (a manager's own contract)", () => {
    expect(chooseApprover('sales_manager', { ownerId: 'MGR' }, people)?.id).toBe('GM');
  });
  it('is, among several holders, the one over the owner’s team; the first with `first` routing or outside any line', () => {
    const department = [
      { id: 'GM', roles: ['general_manager'] },
      { id: 'MGR-N', roles: ['sales_manager', 'supervisor'], supervisorId: 'GM' },
      { id: 'MGR-S', roles: ['sales_manager', 'supervisor'], supervisorId: 'GM' },
      { id: 'LEAD-S', roles: ['supervisor', 'sales_rep'], supervisorId: 'MGR-S' },
      { id: 'REP-N', roles: ['sales_rep'], supervisorId: 'MGR-N' },
      // Two levels below the south manager: the nearest holder up the line decides.
      { id: 'REP-S', roles: ['sales_rep'], supervisorId: 'LEAD-S' },
      { id: 'FIN', roles: ['finance'] },
    ];
    expect(chooseApprover('sales_manager', { ownerId: 'REP-N' }, department)?.id).toBe('MGR-N');
    expect(chooseApprover('sales_manager', { ownerId: 'REP-S' }, department)?.id).toBe('MGR-S');
    expect(chooseApprover('sales_manager', { ownerId: 'REP-S' }, department, 'first')?.id).toBe('MGR-N');
    // Nobody in the line holds it: the first holder.
    expect(chooseApprover('finance', { ownerId: 'REP-S' }, department)?.id).toBe('FIN');
    // The one in the line is the submitter: another holder, never them.
    expect(chooseApprover('sales_manager', { ownerId: 'REP-S', submittedBy: 'MGR-S' }, department)?.id).toBe(
      'MGR-N',
    );
    expect(
      resolveChain(
        [{ step: 'manager', decider: { role: 'sales_manager' } }],
        { ownerId: 'REP-S' },
        department,
      ),
    ).toEqual([{ step: 'manager', approverRole: 'sales_manager', approverId: 'MGR-S' }]);
  });
  it('is nobody when neither another holder nor a supervisor exists', () => {
    expect(chooseApprover('general_manager', { ownerId: 'GM' }, people)).toBeUndefined();
    expect(chooseApprover('finance', { ownerId: 'REP' }, [])).toBeUndefined();
    // Nobody holds finance: the rep's supervisor may not decide a finance step instead.
    expect(chooseApprover('finance', { ownerId: 'REP' }, people)).toBeUndefined();
  });
});

describe('escalation keeps the step’s authority', () => {
  const legalStep = { approverId: 'LEGAL', approverRole: 'legal', subject: { ownerId: 'REP' } };
  it('goes to another holder of the role, never to a supervisor who may not decide it', () => {
    const people = [
      { id: 'GM', roles: ['general_manager'] },
      { id: 'LEGAL', roles: ['legal'], supervisorId: 'GM' },
      { id: 'DEPUTY', roles: ['legal'], supervisorId: 'GM' },
    ];
    expect(escalationTarget(legalStep, people)?.id).toBe('DEPUTY');
  });
  it('prefers the supervisor when the supervisor holds the role', () => {
    const people = [
      { id: 'HEAD', roles: ['legal'] },
      { id: 'LEGAL', roles: ['legal'], supervisorId: 'HEAD' },
      { id: 'DEPUTY', roles: ['legal'] },
    ];
    expect(escalationTarget(legalStep, people)?.id).toBe('HEAD');
  });
  it('never goes to someone who left, though they are the approver’s supervisor', () => {
    const people = [
      { id: 'HEAD', roles: ['legal'], status: 'left' },
      { id: 'LEGAL', roles: ['legal'], supervisorId: 'HEAD' },
      { id: 'DEPUTY', roles: ['legal'] },
    ];
    expect(escalationTarget(legalStep, people)?.id).toBe('DEPUTY');
    expect(escalationTarget(legalStep, people.slice(0, 2))).toBeUndefined();
  });
  it('stays with the approver when nobody else may decide, and never reaches the owner', () => {
    const people = [
      { id: 'GM', roles: ['general_manager'] },
      { id: 'LEGAL', roles: ['legal'], supervisorId: 'GM' },
      { id: 'REP', roles: ['legal'] },
    ];
    expect(escalationTarget(legalStep, people)).toBeUndefined();
  });
});

describe('approval chains as data', () => {
  const people = [
    { id: 'GM', roles: ['general_manager'] },
    { id: 'MGR', roles: ['sales_manager'], supervisorId: 'GM' },
    { id: 'SUP', roles: ['supervisor', 'sales_rep'], supervisorId: 'MGR' },
    { id: 'REP', roles: ['sales_rep'], supervisorId: 'SUP' },
    { id: 'FIN', roles: ['finance'], supervisorId: 'GM' },
  ];
  const expenseChain: ChainStep[] = [
    { step: 'supervisor', decider: { supervisorOf: 'owner' } },
    { step: 'manager', decider: { role: 'sales_manager' } },
    { step: 'general-manager', decider: { role: 'general_manager' }, when: { amountAbove: 1_000_000 } },
    { step: 'finance', decider: { role: 'finance' } },
  ];
  it('resolves each step to a person, skipping steps whose amount condition does not hold', () => {
    expect(resolveChain(expenseChain, { ownerId: 'REP', amount: 50_000 }, people)).toEqual([
      { step: 'supervisor', approverRole: 'supervisor', approverId: 'SUP' },
      { step: 'manager', approverRole: 'sales_manager', approverId: 'MGR' },
      { step: 'finance', approverRole: 'finance', approverId: 'FIN' },
    ]);
    expect(
      resolveChain(expenseChain, { ownerId: 'REP', amount: 2_000_000 }, people).map(
        (step) => step.approverId,
      ),
    ).toEqual(['SUP', 'MGR', 'GM', 'FIN']);
  });
  it('never lets the owner decide: the supervisor step of a supervisor goes one up, a manager step to his supervisor', () => {
    const ownChain = resolveChain(expenseChain, { ownerId: 'MGR', amount: 10 }, people);
    expect(ownChain.map((step) => step.approverId)).toEqual(['GM', 'GM', 'FIN']);
    expect(ownChain.every((step) => step.approverId !== 'MGR')).toBe(true);
  });
  it('a step open to several roles goes to the first role with someone who may decide it', () => {
    const chain: ChainStep[] = [
      { step: 'technical-review', decider: { anyRole: ['production', 'technician'] } },
    ];
    const floor = [...people, { id: 'TECH', roles: ['technician'] }];
    expect(resolveChain(chain, { ownerId: 'REP' }, floor)).toEqual([
      { step: 'technical-review', approverRole: 'technician', approverId: 'TECH' },
    ]);
    const withProduction = [...floor, { id: 'PROD', roles: ['production'] }];
    expect(resolveChain(chain, { ownerId: 'REP' }, withProduction)[0]).toMatchObject({
      approverRole: 'production',
      approverId: 'PROD',
    });
    // A production rep's own quote goes to a technician before anyone's supervisor.
    const producer = [...floor, { id: 'PROD', roles: ['production', 'sales_rep'], supervisorId: 'GM' }];
    expect(resolveChain(chain, { ownerId: 'PROD' }, producer)[0]).toMatchObject({ approverId: 'TECH' });
    expect(() => resolveChain(chain, { ownerId: 'REP' }, people)).toThrow(NobodyMayDecide);
  });
  it('refuses a chain nobody may decide', () => {
    expect(() =>
      resolveChain([{ step: 'x', decider: { role: 'legal' } }], { ownerId: 'REP' }, people),
    ).toThrow(NobodyMayDecide);
  });
});

describe('a decision', () => {
  it('needs its reason to approve where the subject says so (a credit override), as a rejection always does', () => {
    const override = {
      ...approval,
      step: 'credit-override',
      subject: { ...approval.subject, approvalNeedsComment: ['credit-override'] },
    };
    const now = '2026-12-01T00:00:00.000Z';
    expect(() => decideApproval(override, { decision: 'approve', by: 'LEGAL' }, now)).toThrow(
      expect.objectContaining({
        fields: [{ in: 'body', path: 'comment', message: 'This approval needs its reason' }],
      }),
    );
    expect(
      decideApproval(override, { decision: 'approve', comment: '老客户，回款记录良好', by: 'LEGAL' }, now),
    ).toMatchObject({ status: 'approved', comment: '老客户，回款记录良好' });
    // Another step of the same review approves without one.
    expect(
      decideApproval({ ...override, step: 'legal-review' }, { decision: 'approve', by: 'LEGAL' }, now).status,
    ).toBe('approved');
  });
});

describe('a committee step', () => {
  const rule = { quorum: 2, rejection: 'one' as const };
  it('is decided by its quorum of approvals, or by one rejection when the step says so', () => {
    expect(committeeOutcome(['approve', 'none', 'none'], rule)).toBeUndefined();
    expect(committeeOutcome(['approve', 'approve', 'none'], rule)).toBe('approve');
    expect(committeeOutcome(['approve', 'reject', 'none'], rule)).toBe('reject');
  });
  it('with rejections by quorum, is rejected once its quorum can no longer be reached', () => {
    const byQuorum = { quorum: 2, rejection: 'quorum' as const };
    expect(committeeOutcome(['reject', 'none', 'none'], byQuorum)).toBeUndefined();
    expect(committeeOutcome(['reject', 'approve', 'none'], byQuorum)).toBeUndefined();
    expect(committeeOutcome(['reject', 'approve', 'approve'], byQuorum)).toBe('approve');
    expect(committeeOutcome(['reject', 'expired', 'none'], byQuorum)).toBe('reject');
  });
  it('seats different people who hold the roles, never the owner or submitter', () => {
    const committee = {
      members: [
        { role: 'general_manager' as const },
        { role: 'sales_manager' as const },
        { employee: 'REP' },
      ],
      // REP owns the subject: the seat stays empty, two remain.
      quorum: 2,
      rejection: 'one' as const,
    };
    const [step] = resolveChain([{ step: 'board', decider: { committee } }], { ownerId: 'REP' }, people);
    expect(step!.committee!.members.map((member) => member.approverId)).not.toContain('REP');
    expect(new Set(step!.committee!.members.map((member) => member.approverId)).size).toBe(
      step!.committee!.members.length,
    );
    expect(step!.approverId).toBe(step!.committee!.members[0]!.approverId);
    expect(() =>
      resolveChain(
        [{ step: 'board', decider: { committee: { ...committee, quorum: 3 } } }],
        { ownerId: 'REP' },
        people,
      ),
    ).toThrow(NobodyMayDecide);
  });
});

import { describe, expect, it } from 'vitest';
import type { AuditFinding, ExpenseAudit, SamplingRule } from '../../functions/expenses/audit-model.ts';
import {
  answeredFinding,
  assertAuditable,
  closedAudit,
  decidedFinding,
  drawn,
  drawSample,
  summarize,
} from '../../functions/expenses/audit-rules.ts';
import { quarterBefore } from '../../functions/expenses/expense-audit.ts';
import type { Claim } from '../../functions/expenses/model.ts';
import { NotAllowed, RuleViolation } from '../../functions/shared/domain-errors.ts';

const at = '2026-10-01T00:00:00.000Z';
const claim = (
  id: string,
  amount: number,
  category: Claim['category'] = 'travel',
  claimantId = 'rep',
): Claim => ({
  id,
  claimantId,
  category,
  amount,
  currency: 'CNY',
  date: '2026-08-01',
  reason: 'x',
  status: 'paid',
  round: 1,
  version: 3,
  createdAt: at,
  updatedAt: at,
});
const rule: SamplingRule = {
  amountAtLeast: 500_000,
  categories: ['entertainment'],
  claimants: ['watched'],
  randomShare: 0,
  maxSample: 50,
};

describe('the sampling rule (R-6.6: a published rule, drawn by a kept seed)', () => {
  it('samples each claim a part of the rule names, and says why', () => {
    const claims = [
      claim('A', 600_000),
      claim('B', 10_000, 'entertainment'),
      claim('C', 10_000, 'travel', 'watched'),
      claim('D', 700_000, 'entertainment'),
      claim('E', 10_000),
    ];
    expect(drawSample(claims, rule, 'seed').map(({ claim, reasons }) => [claim.id, reasons])).toEqual([
      ['D', ['amount', 'category']],
      ['A', ['amount']],
      ['B', ['category']],
      ['C', ['claimant']],
    ]);
  });

  it('draws the random share from the seed: the same seed the same claims, about the share of them', () => {
    const claims = Array.from({ length: 2000 }, (_, index) =>
      claim(`R${String(index).padStart(5, '0')}`, 1000),
    );
    const share = { ...rule, randomShare: 0.1, maxSample: 90 };
    const first = claims.filter((each) => drawn('seed-1', each.id, 0.1)).length;
    expect(first).toBeGreaterThan(140);
    expect(first).toBeLessThan(260);
    expect(drawSample(claims, share, 'seed-1')).toEqual(drawSample(claims, share, 'seed-1'));
    expect(drawSample(claims, share, 'seed-1')).not.toEqual(drawSample(claims, share, 'seed-2'));
    expect(drawSample(claims, share, 'seed-1')).toHaveLength(90);
    expect(drawSample(claims, { ...share, randomShare: 0 }, 'seed-1')).toEqual([]);
    expect(drawSample(claims, { ...share, randomShare: 1 }, 'seed-1')).toHaveLength(90);
  });

  it('keeps at most maxSample, those with most reasons, then the largest', () => {
    const claims = [claim('S', 500_000), claim('M', 900_000), claim('L', 600_000, 'entertainment')];
    expect(drawSample(claims, { ...rule, maxSample: 2 }, 's').map(({ claim }) => claim.id)).toEqual([
      'L',
      'M',
    ]);
  });

  it('audits a period once it has ended', () => {
    expect(() => assertAuditable(['2026-07', '2026-08', '2026-09'], '2026-10-01')).not.toThrow();
    expect(() => assertAuditable(['2026-10', '2026-11', '2026-12'], '2026-12-06')).toThrow(RuleViolation);
    expect(quarterBefore('2026-10-01')).toBe('2026-Q3');
    expect(quarterBefore('2027-01-01')).toBe('2026-Q4');
    expect(quarterBefore('2026-05-17')).toBe('2026-Q1');
  });
});

const audit: ExpenseAudit = {
  id: '2026-Q3',
  period: '2026-Q3',
  status: 'open',
  rule,
  seed: 'seed',
  population: 10,
  sampled: 2,
  currency: 'CNY',
  openedBy: 'expense-audit',
  version: 1,
  createdAt: at,
  updatedAt: at,
};
const pending: AuditFinding = {
  period: '2026-Q3',
  claimId: 'A',
  claimantId: 'rep',
  category: 'entertainment',
  amount: 600_000,
  currency: 'CNY',
  date: '2026-08-01',
  reasons: ['amount', 'category'],
  outcome: 'pending',
  version: 1,
  createdAt: at,
  updatedAt: at,
};
const finding = (base = pending) =>
  decidedFinding(
    audit,
    base,
    { outcome: 'finding', severity: 'high', observation: '发票抬头不符', requestedAction: '补交发票' },
    'auditor',
    '2026-10-02',
    at,
  );

describe('findings and answers', () => {
  it('records compliant or a finding with its severity, action and day to answer', () => {
    expect(finding()).toMatchObject({
      outcome: 'finding',
      severity: 'high',
      requestedAction: '补交发票',
      respondBy: '2026-10-16',
      auditorId: 'auditor',
      version: 2,
    });
    const compliant = decidedFinding(audit, finding(), { outcome: 'compliant' }, 'auditor', '2026-10-02', at);
    expect(compliant).toMatchObject({ outcome: 'compliant', version: 3 });
    expect(compliant).not.toHaveProperty('severity');
    expect(compliant).not.toHaveProperty('requestedAction');
  });

  it('is never on one’s own claim, never after an answer, never in a closed audit', () => {
    expect(() =>
      decidedFinding(
        audit,
        { ...pending, claimantId: 'auditor' },
        { outcome: 'compliant' },
        'auditor',
        '2026-10-02',
        at,
      ),
    ).toThrow(NotAllowed);
    const answered = answeredFinding(audit, finding(), { id: 'rep', isManager: false }, '已补交', at);
    expect(() => finding(answered)).toThrow(RuleViolation);
    expect(() => finding({ ...pending })).not.toThrow();
    expect(() =>
      decidedFinding(
        { ...audit, status: 'closed' },
        pending,
        { outcome: 'compliant' },
        'auditor',
        '2026-10-02',
        at,
      ),
    ).toThrow(/closed/);
  });

  it('takes the claimant’s answer and the sales manager’s, once each; nobody else’s', () => {
    const open = finding();
    const byClaimant = answeredFinding(audit, open, { id: 'rep', isManager: false }, '已补交', at);
    expect(byClaimant.claimantResponse).toEqual({ by: 'rep', at, text: '已补交' });
    const both = answeredFinding(audit, byClaimant, { id: 'boss', isManager: true }, '已督促', at);
    expect(both.managerResponse).toMatchObject({ by: 'boss' });
    expect(() => answeredFinding(audit, both, { id: 'boss2', isManager: true }, 'again', at)).toThrow(
      RuleViolation,
    );
    expect(() => answeredFinding(audit, byClaimant, { id: 'rep', isManager: false }, 'again', at)).toThrow(
      RuleViolation,
    );
    expect(() => answeredFinding(audit, open, { id: 'other', isManager: false }, 'x', at)).toThrow(
      NotAllowed,
    );
    // A manager's own claim is answered as its claimant.
    const own = answeredFinding(
      audit,
      { ...open, claimantId: 'boss' },
      { id: 'boss', isManager: true },
      'x',
      at,
    );
    expect(own.claimantResponse).toBeDefined();
    expect(own.managerResponse).toBeUndefined();
    expect(() => answeredFinding(audit, pending, { id: 'rep', isManager: false }, 'x', at)).toThrow(
      RuleViolation,
    );
  });

  it('adds up the report, and closes only when every sampled claim has its finding', () => {
    const second: AuditFinding = { ...pending, claimId: 'B', amount: 40_000 };
    const compliant = decidedFinding(audit, second, { outcome: 'compliant' }, 'auditor', '2026-10-02', at);
    expect(summarize(10, [finding(), compliant])).toEqual({
      population: 10,
      sampled: 2,
      pending: 0,
      compliant: 1,
      findings: { low: 0, medium: 0, high: 1 },
      sampledAmount: 640_000,
      findingAmount: 600_000,
      awaitingClaimant: 1,
      awaitingManager: 1,
    });
    expect(() => closedAudit(audit, [finding(), second], 'auditor', '基本合规', at)).toThrow(
      /1 sampled claim/,
    );
    expect(closedAudit(audit, [finding(), compliant], 'auditor', '基本合规', at)).toMatchObject({
      status: 'closed',
      closedBy: 'auditor',
      conclusion: '基本合规',
      version: 2,
    });
  });
});

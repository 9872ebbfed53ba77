import { describe, expect, it } from 'vitest';
import type { Contract } from '../../functions/contracts/model.ts';
import {
  afterReview,
  editContract,
  signContract,
  submitContract,
  withdrawContract,
} from '../../functions/contracts/rules.ts';
import { statusOf } from '../support/rules.ts';

/** A contract's transitions as pure rules. */
const draft: Contract = {
  id: 'K1',
  customerId: 'C1',
  ownerId: 'REP',
  quoteId: 'Q1',
  quoteRevision: 1,
  currency: 'CNY',
  lines: [],
  total: 100,
  deliveryDate: '2027-03-01',
  paymentTerms: '30/70',
  afterSalesTerms: '1 year',
  qualityStandard: 'GB/T 1',
  breachLiability: '0.05%/day',
  status: 'draft',
  reviewRound: 0,
  version: 1,
  createdAt: 't0',
  updatedAt: 't0',
};
const signing = { signedOn: '2026-11-28', ourSignatory: '王强', customerSignatory: 'Zhao' };
const approved = { approved: true, at: 't2' } as const;

describe('a contract', () => {
  it('is submitted from draft into a new round, approved by its review, then signed', () => {
    const submitted = submitContract(draft, 't1');
    expect(submitted).toMatchObject({ status: 'under_review', reviewRound: 1, version: 2, updatedAt: 't1' });
    expect(statusOf(() => submitContract(submitted, 't1'))).toBe(409);
    expect(statusOf(() => signContract(submitted, signing, 't1'))).toBe(409);
    const passed = afterReview(submitted, 1, approved)!;
    expect(passed.status).toBe('approved');
    expect(signContract(passed, signing, 't3')).toMatchObject({ status: 'effective', signing, version: 4 });
  });
  it('is a draft again when withdrawn or edited during its review, or edited once approved (R-2.4.4)', () => {
    const submitted = submitContract(draft, 't1');
    expect(withdrawContract(submitted, 't2')).toMatchObject({ status: 'draft', reviewRound: 1, version: 3 });
    expect(statusOf(() => withdrawContract(draft, 't2'))).toBe(409);
    expect(editContract({ ...submitted, paymentTerms: '50/50' }, 't2')).toMatchObject({
      status: 'draft',
      paymentTerms: '50/50',
    });
    const passed = afterReview(submitted, 1, approved)!;
    expect(editContract(passed, 't3').status).toBe('draft');
    // A late outcome of an old round changes nothing.
    expect(afterReview(withdrawContract(submitted, 't2'), 1, approved)).toBeUndefined();
  });
  it('once signed, changes no more', () => {
    const effective = signContract(afterReview(submitContract(draft, 't1'), 1, approved)!, signing, 't3');
    expect(statusOf(() => editContract(effective, 't4'))).toBe(409);
    expect(statusOf(() => withdrawContract(effective, 't4'))).toBe(409);
    expect(statusOf(() => submitContract(effective, 't4'))).toBe(409);
  });
});

import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { type Customer, customerPatch, newContact, newCustomer } from '../../functions/customers/model.ts';
import {
  assertCustomerAccess,
  customerFilterExpression,
  customerListScope,
  normalizeCompanyName,
  ownerOfNewCustomer,
  patchedCustomer,
} from '../../functions/customers/rules.ts';
import type { Caller } from '../../functions/shared/caller.ts';
import type { Role } from '../../functions/shared/roles.ts';
import '../../functions/shared/validation.ts';
import { statusOf } from '../support/rules.ts';

const person = (id: string, ...roles: Role[]): Caller => ({ id, email: undefined, roles: new Set(roles) });
const rep = person('REP1', 'sales_rep');
const manager = person('MGR', 'sales_manager');
const admin = person('ADM', 'sales_admin');
const legal = person('LEG', 'legal');

const status = (action: () => unknown) => statusOf(action, 'allowed');

const customer: Customer = {
  id: '01J0000000000000000000000A',
  name: 'Acme',
  industry: 'electronics',
  region: '华东',
  source: 'referral',
  status: 'prospect',
  ownerId: 'REP1',
  class: null,
  createdBy: 'REP1',
  needs: { price: 'low' },
  version: 4,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('who may see a customer', () => {
  it('the owner rep, the manager and the sales admin', () => {
    expect(status(() => assertCustomerAccess(rep, customer))).toBe('allowed');
    expect(status(() => assertCustomerAccess(manager, customer))).toBe('allowed');
    expect(status(() => assertCustomerAccess(admin, customer))).toBe('allowed');
  });
  it('not another rep, nor other departments', () => {
    expect(status(() => assertCustomerAccess(person('REP2', 'sales_rep'), customer))).toBe(403);
    expect(status(() => assertCustomerAccess(legal, customer))).toBe(403);
  });
});

describe('owner of a new customer', () => {
  it('is the filing rep, who cannot file for others', () => {
    expect(ownerOfNewCustomer(rep, undefined)).toBe('REP1');
    expect(ownerOfNewCustomer(rep, 'REP1')).toBe('REP1');
    expect(status(() => ownerOfNewCustomer(rep, 'REP2'))).toBe(403);
  });
  it('may be named by the manager or sales admin', () => {
    expect(ownerOfNewCustomer(manager, 'REP2')).toBe('REP2');
    expect(ownerOfNewCustomer(manager, undefined)).toBe('MGR');
    expect(status(() => ownerOfNewCustomer(admin, undefined))).toBe(400);
  });
});

describe('list scope', () => {
  it('a rep reads their own partition and may not ask for another', () => {
    expect(customerListScope(rep, {})).toEqual({ ownerId: 'REP1' });
    expect(customerListScope(rep, { owner: 'REP1' })).toEqual({ ownerId: 'REP1' });
    expect(status(() => customerListScope(rep, { owner: 'REP2' }))).toBe(403);
  });
  it('the manager reads the department or one owner', () => {
    expect(customerListScope(manager, {})).toBe('department');
    expect(customerListScope(admin, { owner: 'REP2' })).toEqual({ ownerId: 'REP2' });
  });
  it('filters become one expression', () => {
    expect(customerFilterExpression({})).toBeUndefined();
    expect(customerFilterExpression({ status: 'active', region: '华东' })).toEqual({
      expression: '#status = :status AND #region = :region',
      names: { '#status': 'status', '#region': 'region' },
      values: { ':status': 'active', ':region': '华东' },
    });
  });
});

describe('patching', () => {
  it('bumps the version, clears with null, keeps the rest', () => {
    const next = patchedCustomer(
      customer,
      { status: 'active', needs: null },
      rep,
      '2026-02-01T00:00:00.000Z',
    );
    expect(next).toMatchObject({
      status: 'active',
      version: 5,
      updatedAt: '2026-02-01T00:00:00.000Z',
      name: 'Acme',
    });
    expect(next).not.toHaveProperty('needs');
  });
  it('lets only the manager or sales admin reassign', () => {
    expect(status(() => patchedCustomer(customer, { ownerId: 'REP2' }, rep, 'now'))).toBe(403);
    expect(patchedCustomer(customer, { ownerId: 'REP2' }, admin, 'now').ownerId).toBe('REP2');
  });
  it('drops an emptied needs object', () => {
    expect(patchedCustomer(customer, { needs: { price: null } }, rep, 'now')).not.toHaveProperty('needs');
  });
});

describe('company names', () => {
  it('are the same company across case, width and spacing', () => {
    expect(normalizeCompanyName('  ＡＣＭＥ   Machinery ')).toBe(normalizeCompanyName('acme machinery'));
  });
});

describe('schemas', () => {
  const valid = { name: 'Acme', industry: 'electronics', region: 'east', source: 'referral' };
  it('default the status and reject unknown fields', () => {
    expect(z.parse(newCustomer, valid).status).toBe('prospect');
    const result = z.safeParse(newCustomer, { ...valid, class: 'A' });
    expect(result.success).toBe(false);
  });
  it('accept 29 February as a birthday, not 30 February', () => {
    expect(z.safeParse(newContact, { name: 'Zhao', birthday: '02-29' }).success).toBe(true);
    expect(z.safeParse(newContact, { name: 'Zhao', birthday: '02-30' }).success).toBe(false);
    expect(z.safeParse(newContact, { name: 'Zhao', birthday: '13-01' }).success).toBe(false);
  });
  it('refuse an empty patch and a class change', () => {
    expect(z.safeParse(customerPatch, {}).success).toBe(false);
    expect(z.safeParse(customerPatch, { class: 'A' }).success).toBe(false);
    expect(z.safeParse(customerPatch, { address: null }).success).toBe(true);
  });
});

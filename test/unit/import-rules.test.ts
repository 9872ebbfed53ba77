import { describe, expect, it } from 'vitest';
import { normalizeCompanyName } from '../../functions/customers/rules.ts';
import { CUSTOMER_SHEET, checkCustomerRows, checkPurchaseRows } from '../../functions/imports/rules.ts';
import { readSheet, writeSheet } from '../../functions/imports/sheets.ts';

const owners = new Set(['REP1']);
const row = (row: number, cells: Record<string, string | number | undefined>) => ({ row, cells });

describe('a customers sheet', () => {
  it('reads CSV and Excel alike: header row, one row per record numbered as the sheet numbers it', async () => {
    const rows = [
      [
        '华东机械有限公司',
        'machinery',
        'east',
        'referral',
        undefined,
        undefined,
        'active',
        'REP1',
        '王工',
        undefined,
        '13800000000',
        'wang@hd.example',
        'zh-CN',
      ],
      [
        '"Quoted, Inc."',
        'energy',
        'north',
        'exhibition',
        'large',
        'Line one\nLine two',
        undefined,
        'REP1',
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
      ],
    ];
    for (const format of ['csv', 'xlsx'] as const) {
      const file = await writeSheet(CUSTOMER_SHEET, rows, format);
      const read = await readSheet(typeof file === 'string' ? Buffer.from(file) : file, format);
      expect(read.map((each) => each.row)).toEqual([2, 3]);
      expect(read[0]!.cells.name).toBe('华东机械有限公司');
      expect(String(read[0]!.cells['contact.phone'])).toBe('13800000000');
      expect(read[1]!.cells.name).toBe('"Quoted, Inc."');
      expect(read[1]!.cells.address).toBe('Line one\nLine two');
    }
  });

  it('reads back what the CSV export kept as text (a phone number starting with +)', async () => {
    const file = await writeSheet(
      ['contact.phone', 'name'],
      [['+86 138 0000 0000', '=HYPERLINK("x")']],
      'csv',
    );
    expect(file).toContain("'+86 138 0000 0000");
    const [read] = await readSheet(Buffer.from(file as string), 'csv');
    expect(read!.cells).toEqual({ 'contact.phone': '+86 138 0000 0000', name: '=HYPERLINK("x")' });
  });

  it('refuses a file that is not one, or has no header', async () => {
    await expect(readSheet(Buffer.from('not a zip'), 'xlsx')).rejects.toMatchObject({
      fields: [expect.objectContaining({ path: 'file' })],
    });
    await expect(readSheet(Buffer.from(''), 'csv')).rejects.toMatchObject({
      fields: [expect.objectContaining({ message: expect.stringMatching(/empty/) })],
    });
  });

  it('names every row’s problems by row and column, and files only clean rows', () => {
    const checked = checkCustomerRows(
      [
        row(2, {
          name: 'Alpha Works',
          industry: 'energy',
          region: 'east',
          source: 'referral',
          ownerId: 'REP1',
        }),
        row(3, {
          name: 'ALPHA  works',
          industry: 'energy',
          region: 'east',
          source: 'referral',
          ownerId: 'REP1',
        }),
        row(4, {
          name: 'Beta',
          industry: 'energy',
          region: 'east',
          source: 'carrier pigeon',
          ownerId: 'NOBODY',
        }),
        row(5, {
          name: 'Gamma',
          industry: 'energy',
          region: 'east',
          source: 'referral',
          ownerId: 'REP1',
          'contact.email': 'not-an-email',
        }),
        row(6, {
          name: 'Delta',
          industry: 'energy',
          region: 'east',
          source: 'referral',
          ownerId: 'REP1',
          'contact.name': '李工',
          'contact.language': 'en',
        }),
      ],
      owners,
      normalizeCompanyName,
    );
    expect(checked.valid.map((each) => each.row)).toEqual([2, 6]);
    expect(checked.valid[1]!.contact).toMatchObject({ name: '李工', language: 'en' });
    expect(checked.problems[0]).toEqual({ row: 3, column: 'name', message: 'The same company as row 2' });
    expect([...new Set(checked.problems.map((problem) => `${problem.row} ${problem.column}`))]).toEqual([
      '3 name',
      '4 source',
      '5 contact.name',
      '5 contact.email',
    ]);
    expect(checked.problemCount).toBe(checked.problems.length);
  });

  it('names unknown columns once, on the header row', () => {
    const checked = checkCustomerRows(
      [
        row(2, {
          name: 'Alpha',
          industry: 'energy',
          region: 'east',
          source: 'referral',
          ownerId: 'REP1',
          fax: '1',
        }),
      ],
      owners,
      normalizeCompanyName,
    );
    expect(checked.problems[0]).toMatchObject({
      row: 1,
      message: expect.stringMatching(/Unknown columns: fax/),
    });
  });
});

describe('a products sheet’s amounts', () => {
  it('are read exactly in major units, and written back the same way', async () => {
    const { minorUnits, majorUnits } = await import('../../functions/imports/rules.ts');
    expect(minorUnits('12345.60')).toBe(1_234_560);
    expect(minorUnits('12,345.6')).toBe(1_234_560);
    expect(minorUnits('0.07')).toBe(7);
    expect(minorUnits('99999999999.99')).toBe(9_999_999_999_999);
    for (const bad of ['12.345', '-1', '1e5', '', 'abc', undefined]) expect(minorUnits(bad)).toBeUndefined();
    expect(majorUnits(1_234_560)).toBe('12345.60');
    expect(majorUnits(7)).toBe('0.07');
    expect(minorUnits(majorUnits(9_999_999_999_999))).toBe(9_999_999_999_999);
  });
});

describe('a purchases sheet', () => {
  const customers = new Map([['华东机械有限公司', 'C1']]);
  const named = (name: string) => customers.get(normalizeCompanyName(name));
  const check = (rows: ReturnType<typeof row>[]) => checkPurchaseRows(rows, named, 'CNY', '2026-12-07');
  const good = {
    customer: '华东机械有限公司',
    date: '2025-06-30',
    reference: 'FP-2025-0042',
    product: '数控车床',
    quantity: '3',
    amount: '370,368.00',
  };

  it('takes a purchase of a customer on file, its amount exact in minor units and its currency by default', () => {
    const checked = check([row(2, { ...good, customer: ' 华东机械有限公司 ' })]);
    expect(checked.problems).toEqual([]);
    expect(checked.valid).toEqual([
      {
        row: 2,
        customerId: 'C1',
        purchase: {
          product: '数控车床',
          quantity: 3,
          amount: { value: 37_036_800, currency: 'CNY' },
          date: '2025-06-30',
          reference: 'FP-2025-0042',
        },
      },
    ]);
  });

  it('names each problem by row and column: unknown customer, future day, other currency, a reference twice', () => {
    const checked = check([
      row(2, good),
      row(3, { ...good, customer: '不存在公司' }),
      row(4, { ...good, date: '2027-01-01', reference: 'B' }),
      row(5, { ...good, currency: 'USD', reference: 'C' }),
      row(6, { ...good, quantity: '1.5', amount: 'ten', reference: undefined }),
      row(7, good),
      row(8, { ...good, extra: 'x', reference: 'D' }),
    ]);
    expect(checked.problems.map((problem) => `${problem.row}:${problem.column ?? ''}`)).toEqual([
      '1:',
      '3:customer',
      '4:date',
      '5:currency',
      '6:amount',
      '6:quantity',
      '6:reference',
      '7:reference',
    ]);
    expect(checked.valid.map((valid) => valid.row)).toEqual([2, 8]);
  });
});

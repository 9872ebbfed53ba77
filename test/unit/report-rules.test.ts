import { describe, expect, it } from 'vitest';
import { csvCell, csvText } from '../../functions/shared/csv.ts';
import type { Figure } from '../../functions/reports/model.ts';
import {
  basisPointsOf,
  classMix,
  customerCounts,
  growthOf,
  monthRows,
  pipelineStages,
  salesRows,
  sumOfRows,
  totalRow,
} from '../../functions/reports/rules.ts';

const figure = (month: string, key: string, revenue: number, orders = 1, name?: string): Figure => ({
  month,
  dimension: 'rep',
  currency: 'CNY',
  key,
  revenue,
  orders,
  ...(name ? { name } : {}),
});

describe('report arithmetic', () => {
  it('growth and attainment in basis points, none without a base', () => {
    expect(growthOf(125, 100)).toBe(2500);
    expect(growthOf(50, 100)).toBe(-5000);
    expect(growthOf(10, 0)).toBeUndefined();
    expect(basisPointsOf(1, 3)).toBe(3333);
    expect(basisPointsOf(2, 3)).toBe(6667);
    expect(basisPointsOf(5, 0)).toBeUndefined();
  });

  it('adds a period’s months per key, against last year and the targets, largest first', () => {
    const rows = salesRows(
      [figure('2026-07', 'A', 100, 1, 'Ann'), figure('2026-08', 'A', 200, 2), figure('2026-07', 'B', 500)],
      [figure('2025-07', 'A', 150), figure('2025-09', 'C', 80, 1, 'Cai')],
      new Map([
        ['A', 600],
        ['D', 100],
      ]),
    );
    expect(rows).toEqual([
      { key: 'B', revenue: 500, orders: 1, lastYear: 0 },
      {
        key: 'A',
        name: 'Ann',
        revenue: 300,
        orders: 3,
        lastYear: 150,
        growthBasisPoints: 10_000,
        target: 600,
        attainmentBasisPoints: 5000,
      },
      { key: 'C', name: 'Cai', revenue: 0, orders: 0, lastYear: 80, growthBasisPoints: -10_000 },
      { key: 'D', revenue: 0, orders: 0, lastYear: 0, target: 100, attainmentBasisPoints: 0 },
    ]);
  });

  it('month by month against the same month a year earlier; the total of the whole period', () => {
    const now = [figure('2026-01', 'all', 100), figure('2026-02', 'all', 300)];
    const before = [figure('2025-02', 'all', 200)];
    expect(monthRows(['2026-01', '2026-02'], now, before, new Map([['2026-02', 600]]))).toEqual([
      { key: '2026-01', revenue: 100, orders: 1, lastYear: 0 },
      {
        key: '2026-02',
        revenue: 300,
        orders: 1,
        lastYear: 200,
        growthBasisPoints: 5000,
        target: 600,
        attainmentBasisPoints: 5000,
      },
    ]);
    expect(totalRow(now, before, 800)).toEqual({
      key: 'total',
      revenue: 400,
      orders: 2,
      lastYear: 200,
      growthBasisPoints: 10_000,
      target: 800,
      attainmentBasisPoints: 5000,
    });
  });

  it('adds rows up into a team total, with a target only when every row has one', () => {
    const rows = salesRows(
      [figure('2026-07', 'A', 100), figure('2026-07', 'B', 300)],
      [figure('2025-07', 'A', 200)],
      new Map([
        ['A', 400],
        ['B', 400],
      ]),
    );
    expect(sumOfRows('team', rows)).toEqual({
      key: 'team',
      revenue: 400,
      orders: 2,
      lastYear: 200,
      growthBasisPoints: 10_000,
      target: 800,
      attainmentBasisPoints: 5000,
    });
    expect(sumOfRows('team', [rows[0]!, { ...rows[1]!, target: undefined }]).target).toBeUndefined();
  });

  it('customer counts per rep and in all; every class in the mix, never below zero', () => {
    expect(
      customerCounts([
        { month: '2026-01', ownerId: 'R1', filed: 2 },
        { month: '2026-02', ownerId: 'R1', filed: 1, lost: 1 },
        { month: '2026-02', ownerId: 'R2', wonBack: 1, complaints: 2, complaintsSolved: 1 },
      ]),
    ).toEqual({
      total: { filed: 3, lost: 1, wonBack: 1, complaints: 2, complaintsSolved: 1 },
      rows: [
        { employeeId: 'R1', filed: 3, lost: 1, wonBack: 0, complaints: 0, complaintsSolved: 0 },
        { employeeId: 'R2', filed: 0, lost: 0, wonBack: 1, complaints: 2, complaintsSolved: 1 },
      ],
    });
    expect(
      classMix([
        { class: 'B', customers: 4 },
        { class: 'none', customers: -1 },
      ]),
    ).toEqual([
      { class: 'A', customers: 0 },
      { class: 'B', customers: 4 },
      { class: 'C', customers: 0 },
      { class: 'none', customers: 0 },
    ]);
  });

  it('the open pipeline in stage order, empty stages left out', () => {
    const count = (stage: string, opportunities: number) => ({
      stage,
      currency: 'CNY',
      opportunities,
      expectedValue: 1,
    });
    expect(
      pipelineStages(
        [count('quoted', 2), count('won', 5), count('identified', 1), count('contacted', 0)],
        ['identified', 'contacted', 'quoted'],
      ).map((row) => row.stage),
    ).toEqual(['identified', 'quoted']);
  });
});

describe('CSV for spreadsheets', () => {
  it('quotes separators, quotes and line ends; neutralises formulas in text, not negative numbers', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(undefined)).toBe('');
  });

  it('starts with a byte order mark and ends its lines with CRLF', () => {
    expect(csvText(['名称', 'n'], [['华东', 1]])).toBe('\uFEFF名称,n\r\n华东,1\r\n');
  });
});

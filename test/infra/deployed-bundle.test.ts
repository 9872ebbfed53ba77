import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleAsDeployed } from '../../lib/bundle.ts';
import type { renderPdf as RenderPdf } from '../../functions/archive/pdf.ts';
import type { invitationText as InvitationText } from '../../functions/shared/calendar-invitation.ts';

const out = mkdtempSync(join(tmpdir(), 'deployed-bundle-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the archive as deployed', () => {
  it('renders a Chinese PDF from its bundle, which leaves out the WOFF2 decoder', async () => {
    process.env.PDF_FONTS_DIR = join(
      dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans-sc/package.json')),
      '400Regular',
    );
    const file = await bundleAsDeployed({ entry: 'functions/archive/pdf.ts' }, join(out, 'pdf.mjs'));
    const { renderPdf } = (await import(file)) as { renderPdf: typeof RenderPdf };
    const pdf = await renderPdf({
      heading: { 'zh-CN': '报价单', en: 'Quotation' },
      customer: '苏州精工机械有限公司',
      facts: [['日期 / Date', '2026-12-06']],
      currency: 'CNY',
      lines: [
        {
          productName: '数控车床',
          model: 'CK6150',
          unit: '台',
          quantity: 2,
          unitPrice: 12_500_000,
          discountBasisPoints: 0,
          lineTotal: 25_000_000,
        },
      ],
      total: 25_000_000,
      terms: [],
    });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // The font is embedded (as a subset), so the Chinese text prints.
    expect(pdf.toString('latin1')).toMatch(/\/FontFile2/);
    const bundle = readFileSync(file, 'utf8');
    // The stub in place of brotli's decoder, and not the 475 kB decoder (1.47 MB with it).
    expect(bundle).toContain('WOFF2 fonts are not supported');
    expect(bundle.length).toBeLessThan(1_200_000);
  });
});

describe('calendar invitations as deployed', () => {
  it('are written from an emailing function’s bundle, with the zone’s rules and no files beside it', async () => {
    const file = await bundleAsDeployed(
      { entry: 'functions/shared/calendar-invitation.ts' },
      join(out, 'calendar-invitation.mjs'),
    );
    const { invitationText } = (await import(file)) as { invitationText: typeof InvitationText };
    process.env.TIME_ZONE = 'Europe/Berlin';
    try {
      const text = invitationText({
        uid: 'training-01KBUNDLE',
        sequence: 1,
        method: 'request',
        start: '2026-07-10T08:00:00.000Z',
        end: '2026-07-10T09:00:00.000Z',
        summary: '产品培训',
        organizer: { name: 'Sales department', email: 'sales@hd-machinery.example' },
        attendee: { name: '李娜', email: 'li.na@hd-machinery.example' },
      });
      expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin');
      expect(text).toContain('BEGIN:DAYLIGHT');
      expect(text).toContain('DTSTART;TZID=Europe/Berlin:20260710T100000');
    } finally {
      delete process.env.TIME_ZONE;
    }
  });
});

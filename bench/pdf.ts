// `npm run bench:pdf`: rendering an archived quotation's PDF as the archive-events function does
// (PDFKit, Noto Sans SC embedded and subset), from the module bundled as `cdk deploy` bundles it,
// the first time in a process (the font is read and parsed) and warm (median of RUNS), beside the
// warm baseline measured in the same run: the same document in PDFKit's built-in Helvetica, which
// embeds no font (and could not print Chinese). Goals: warm within 100 ms, the first within 1 s.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import { bundleAsDeployed } from '../lib/bundle.ts';
import type { renderPdf as RenderPdf } from '../functions/archive/pdf.ts';
import { machineLoad, median, memoryAdded, verdict } from './goals.ts';
import { FUNCTION_MEMORY_MB } from '../lib/domain-function.ts';

const RUNS = Number(process.env.RUNS ?? 50);
process.env.PDF_FONTS_DIR = join(
  dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans-sc/package.json')),
  '400Regular',
);
const GOALS = { warmMs: 100, firstMs: 1000 };
const load = machineLoad();
const out = mkdtempSync(join(tmpdir(), 'bench-pdf-'));
const bundled = await bundleAsDeployed({ entry: 'functions/archive/pdf.ts' }, join(out, 'pdf.mjs'));
const { renderPdf } = (await import(bundled)) as { renderPdf: typeof RenderPdf };
rmSync(out, { recursive: true, force: true });

const lines = Array.from({ length: 12 }, (_, index) => ({
  productName: ['数控车床', '立式加工中心', '精密磨床'][index % 3]!,
  model: `CK${6100 + index}`,
  unit: '台',
  quantity: 1 + (index % 4),
  unitPrice: 12_500_000 + index * 10_000,
  discountBasisPoints: index % 2 ? 500 : 0,
  lineTotal: (1 + (index % 4)) * (12_500_000 + index * 10_000),
}));
const quotation = {
  heading: { 'zh-CN': '报价单', en: 'Quotation' },
  customer: '苏州精工机械有限公司 (李明)',
  facts: [
    ['报价单号 / Quotation no.', '01KQ0000000000000000000000 r2'],
    ['日期 / Date', '2026-11-29'],
  ] as [string, string][],
  currency: 'CNY',
  lines,
  total: lines.reduce((sum, line) => sum + line.lineTotal, 0),
  terms: [
    ['交货日期 / Delivery', '2027-03-01'],
    ['付款条件 / Payment', '30% 预付，70% 发货前付清'],
  ] as [string, string][],
};

/** The same document's Latin text in Helvetica: PDFKit's floor for one page of text and lines. */
function helveticaPdf(): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 50 });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.fontSize(18).text('Quotation', { align: 'center' });
  for (const line of lines)
    doc
      .fontSize(9)
      .text(`${line.model}  ${line.quantity} x ${line.unitPrice / 100}  = ${line.lineTotal / 100}`);
  doc.end();
  return ended;
}

async function time(render: () => Promise<Buffer>) {
  const started = performance.now();
  const { result: first, addedMb } = await memoryAdded(render);
  const firstMs = performance.now() - started;
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const at = performance.now();
    await render();
    times.push(performance.now() - at);
  }
  return { firstMs, warmMs: median(times), bytes: first.length, addedMb };
}

const baseline = await time(helveticaPdf);
const archived = await time(() => renderPdf(quotation));
console.log(`\nA quotation of ${lines.length} lines; warm = median of ${RUNS}; ${load.stop()}\n`);
console.log('| document | first render (ms) | warm (ms) | size (bytes) | memory added (MB) |');
console.log('|---|---:|---:|---:|---:|');
console.log(
  `| baseline: Latin text in built-in Helvetica | ${baseline.firstMs.toFixed(1)} | ${baseline.warmMs.toFixed(1)} | ${baseline.bytes} | ${baseline.addedMb.toFixed(0)} |`,
);
console.log(
  `| the archived quotation (Noto Sans SC subset) | ${archived.firstMs.toFixed(1)} | ${archived.warmMs.toFixed(1)} | ${archived.bytes} | ${archived.addedMb.toFixed(0)} |`,
);
verdict([
  { name: 'the archived quotation, warm', measured: archived.warmMs, goal: GOALS.warmMs, unit: 'ms' },
  {
    name: 'the archived quotation, first in a process',
    measured: archived.firstMs,
    goal: GOALS.firstMs,
    unit: 'ms',
  },
  {
    // Init may take a third of the function's memory (bench:bundles), the work another third.
    name: 'memory the first PDF adds (the font read and parsed)',
    measured: Math.round(archived.addedMb),
    goal: Math.round(FUNCTION_MEMORY_MB / 3),
    unit: 'MB',
  },
]);

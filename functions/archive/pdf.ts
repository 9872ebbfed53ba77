import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { companySettings } from '#shared/company.ts';
import { formatMoney, type TaxSummary, taxLines } from '#shared/money.ts';

/**
 * A quotation's or a contract's PDF, rendered on the server with PDFKit and Noto Sans SC,
 * so Chinese and Latin text print alike; PDFKit embeds only the glyphs a document uses (a page is a
 * few kilobytes of font, not the font's ten megabytes). Labels are in both languages, as the
 * company's paper forms are.
 */
export interface PrintedLine {
  productName: string;
  model: string;
  unit: string;
  quantity: number;
  unitPrice: number;
  discountBasisPoints: number;
  lineTotal: number;
}

export interface PrintedDocument {
  /** 报价单 Quotation, 销售合同 Sales contract. */
  heading: { 'zh-CN': string; en: string };
  /** The document's number and date, and the like: label, value. */
  facts: [string, string][];
  customer: string;
  currency: string;
  lines: PrintedLine[];
  total: number;
  /** The VAT inside the total (prices include it), printed under it as Chinese quotations do. */
  tax?: TaxSummary | undefined;
  /** Terms printed under the lines: label, text. */
  terms: [string, string][];
  /** Signature lines (a contract's signatories). */
  signatures?: [string, string][];
}

/** The font, read once per container: beside the bundle on AWS, in its npm package locally. */
let font: Buffer | undefined;
const fontData = () => {
  const directory = process.env.PDF_FONTS_DIR;
  if (!directory) throw new Error('PDF_FONTS_DIR is not set');
  font ??= readFileSync(join(directory, 'NotoSansSC_400Regular.ttf'));
  return font;
};

const COLUMNS = [
  { label: '产品 / Product', width: 150 },
  { label: '型号 / Model', width: 70 },
  { label: '数量 / Qty', width: 55 },
  { label: '单价 / Unit price', width: 85 },
  { label: '折扣 / Discount', width: 55 },
  { label: '金额 / Amount', width: 80 },
];

export function renderPdf(printed: PrintedDocument): Promise<Buffer> {
  const company = companySettings().name;
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    // PDFKit takes the font's bytes as well as a path (its types say only a path).
    font: fontData() as unknown as string,
    info: {
      Title: `${printed.heading['zh-CN']} ${printed.heading.en}`,
      Author: company.en,
      Creator: 'sales-department',
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.fontSize(14).text(company['zh-CN'], { align: 'center' });
  doc.fontSize(9).text(company.en, { align: 'center' });
  doc
    .moveDown(0.5)
    .fontSize(18)
    .text(`${printed.heading['zh-CN']}  ${printed.heading.en}`, { align: 'center' });
  doc.moveDown().fontSize(10);
  doc.text(`客户 / Customer: ${printed.customer}`);
  for (const [label, value] of printed.facts) doc.text(`${label}: ${value}`);

  doc.moveDown();
  const left = doc.page.margins.left;
  const row = (cells: string[], size = 9) => {
    if (doc.y > doc.page.height - doc.page.margins.bottom - 40) doc.addPage();
    const top = doc.y;
    let x = left;
    let bottom = top;
    cells.forEach((cell, index) => {
      const width = COLUMNS[index]!.width;
      doc.fontSize(size).text(cell, x, top, { width: width - 4, align: index >= 2 ? 'right' : 'left' });
      bottom = Math.max(bottom, doc.y);
      x += width;
    });
    doc.x = left;
    doc.y = bottom + 3;
  };
  row(
    COLUMNS.map((column) => column.label),
    8,
  );
  doc
    .moveTo(left, doc.y)
    .lineTo(left + 495, doc.y)
    .stroke();
  doc.y += 3;
  for (const line of printed.lines)
    row([
      line.productName,
      line.model,
      `${line.quantity} ${line.unit}`,
      formatMoney(line.unitPrice, printed.currency),
      line.discountBasisPoints ? `${(line.discountBasisPoints / 100).toFixed(2)} %` : '–',
      formatMoney(line.lineTotal, printed.currency),
    ]);
  doc
    .moveTo(left, doc.y)
    .lineTo(left + 495, doc.y)
    .stroke();
  doc
    .moveDown(0.5)
    .fontSize(11)
    .text(
      `合计${printed.tax ? '（含税）' : ''} / Total${printed.tax ? ' incl. VAT' : ''}: ${formatMoney(printed.total, printed.currency)}`,
      left,
      doc.y,
      { width: 495, align: 'right' },
    );
  if (printed.tax) {
    doc.fontSize(9);
    for (const line of taxLines(printed.tax, printed.currency))
      doc.text(`${line['zh-CN']} / ${line.en}`, left, doc.y, { width: 495, align: 'right' });
  }

  doc.moveDown().fontSize(10);
  for (const [label, text] of printed.terms) doc.text(`${label}: ${text}`, left, doc.y, { width: 495 });
  if (printed.signatures) {
    doc.moveDown(2);
    for (const [label, name] of printed.signatures)
      doc.text(`${label}: ${name}`, left, doc.y, { width: 495 }).moveDown();
  }
  doc.end();
  return ended;
}

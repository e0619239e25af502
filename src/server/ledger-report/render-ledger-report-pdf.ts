import { PDFDocument, type PDFFont, type PDFPage, PageSizes, rgb } from 'pdf-lib';
import { metaLines } from '../../domain/ledger/reports/report-csv.js';
import type { ControlledSubstanceReport, ReportColumn, ReportRow } from '../../domain/ledger/reports/report-types.js';
import { type FontFiles, type PdfFonts, dejaVuSansCondensedLocations, embedFonts, wrapText } from '../pdf/pdf-fonts.js';

/**
 * A controlled-substance report (ledger, dispensing record, inventory) as a landscape table: the title and meta
 * block (registrant, period, retention) on the first page, then the table(s) with the header row repeated on
 * every page, cells wrapped (a row taller than a page continues on the next), and "Page n of m" in each footer.
 * A dispensing record prints one table per part of 21 CFR 1304.22(c). Within a table, columns empty in every
 * row are left out, and columns marked `uniform` that hold one value throughout are printed once above it.
 */

export interface RenderReportPdfOptions {
  pageSize?: 'letter' | 'a4';
  /** TTF files to try, in order; `[]` forces the standard-font fallback. */
  fontLocations?: FontFiles[];
}

const margin = 30;
const footerHeight = 22;
const pad = 2;
const size = { title: 13, section: 10, meta: 8, cell: 7, small: 6.5 };
const lineHeight = (fontSize: number) => fontSize * 1.22;
const colour = { text: rgb(0.1, 0.1, 0.1), muted: rgb(0.4, 0.4, 0.4), rule: rgb(0.78, 0.78, 0.78), shade: rgb(0.92, 0.92, 0.92) };

class Pages {
  page: PDFPage;
  y: number;
  readonly width: number;
  private readonly pageSize: [number, number];

  constructor(
    private readonly document: PDFDocument,
    readonly fonts: PdfFonts,
    pageSize: 'letter' | 'a4',
    private readonly runningHead: string,
  ) {
    const [width, height] = pageSize === 'a4' ? PageSizes.A4 : PageSizes.Letter;
    this.pageSize = [height, width]; // landscape
    this.page = document.addPage(this.pageSize);
    this.y = this.page.getHeight() - margin;
    this.width = this.page.getWidth() - 2 * margin;
  }

  get bottom(): number {
    return margin + footerHeight;
  }

  get fresh(): boolean {
    return this.y >= this.page.getHeight() - margin - lineHeight(size.small) - 4;
  }

  /**
   * Draws one line. pdf-lib adds a font entry to the page's resources on every `drawText` that names a font, so
   * the page's font is switched only when it changes, and the text is drawn in the current one.
   */
  draw(text: string, x: number, y: number, font: PDFFont, fontSize: number, color = colour.text): void {
    if (this.currentFont !== font) {
      this.page.setFont(font);
      this.currentFont = font;
    }
    this.page.drawText(text, { x, y, size: fontSize, color });
  }

  private currentFont: PDFFont | null = null;

  newPage(): void {
    this.page = this.document.addPage(this.pageSize);
    this.currentFont = null;
    this.y = this.page.getHeight() - margin;
    this.text(this.runningHead, { fontSize: size.small, color: colour.muted });
    this.y -= 4;
  }

  ensure(height: number): void {
    if (this.y - height < this.bottom) this.newPage();
  }

  /** Wrapped text at the cursor; the cursor moves below it. */
  text(text: string, options: { font?: PDFFont; fontSize?: number; x?: number; width?: number; color?: ReturnType<typeof rgb> } = {}): void {
    const fontSize = options.fontSize ?? size.meta;
    const font = options.font ?? this.fonts.regular;
    for (const line of wrapText(this.fonts.fit(text), font, fontSize, options.width ?? this.width - (options.x ?? 0))) {
      this.ensure(lineHeight(fontSize));
      this.y -= lineHeight(fontSize);
      this.draw(line, margin + (options.x ?? 0), this.y + fontSize * 0.25, font, fontSize, options.color ?? colour.text);
    }
  }
}

function drawMeta(pages: Pages, report: ControlledSubstanceReport): void {
  const { bold } = pages.fonts;
  pages.text(report.title, { font: bold, fontSize: size.title });
  pages.y -= 4;
  const labelWidth = 200;
  const rows: [string, string][] = [...metaLines(report).slice(1, -1), ...report.meta.details.map((detail): [string, string] => [detail.label, detail.value])];
  for (const [label, value] of rows) {
    const top = pages.y;
    pages.text(label, { font: bold, width: labelWidth - 6 });
    const afterLabel = pages.y;
    pages.y = top;
    pages.text(value, { x: labelWidth });
    pages.y = Math.min(pages.y, afterLabel);
  }
  pages.y -= 6;
}

type Table = { columns: (ReportColumn & { x: number; cellWidth: number })[]; uniformLine: string };

/** The columns this table prints, with their positions; uniform values go into one line above the table. */
function layoutTable(pages: Pages, report: ControlledSubstanceReport, rows: ReportRow[]): Table {
  const uniform: string[] = [];
  const shown = report.columns.filter((column) => {
    if (column.key === report.groups?.key) return false;
    const values = new Set(rows.map((row) => row[column.key] ?? ''));
    if (values.size === 1 && values.has('')) return false;
    if (column.uniform && values.size === 1) {
      uniform.push(`${column.header}: ${[...values][0]}`);
      return false;
    }
    return true;
  });
  const total = shown.reduce((sum, column) => sum + (column.width ?? 1), 0);
  let x = 0;
  const columns = shown.map((column) => {
    const width = ((column.width ?? 1) / total) * pages.width;
    const placed = { ...column, x, cellWidth: width - 2 * pad };
    x += width;
    return placed;
  });
  return { columns, uniformLine: uniform.join(';  ') };
}

function cellLines(pages: Pages, text: string, font: PDFFont, width: number): string[] {
  return wrapText(pages.fonts.fit(text), font, size.cell, width);
}

/** One row; a row taller than the room left continues on the next page (under a repeated header). */
function drawRow(pages: Pages, table: Table, cells: string[][], font: PDFFont, options: { shaded?: boolean; onNewPage?: () => void } = {}): void {
  const step = lineHeight(size.cell);
  const needed = Math.max(1, ...cells.map((lines) => lines.length));
  let from = 0;
  let justBroke = false;
  while (from < needed) {
    const room = Math.floor((pages.y - pages.bottom - 2 * pad) / step);
    // Start a row on a new page when it does not fit whole; only a row taller than a page is split.
    if ((room < 1 || (from === 0 && needed > room)) && !justBroke && !pages.fresh) {
      pages.newPage();
      options.onNewPage?.();
      justBroke = true;
      continue;
    }
    justBroke = false;
    const take = Math.max(1, Math.min(room, needed - from));
    const height = take * step + 2 * pad;
    if (options.shaded) pages.page.drawRectangle({ x: margin, y: pages.y - height, width: pages.width, height, color: colour.shade });
    table.columns.forEach((column, index) => {
      cells[index]!.slice(from, from + take).forEach((line, lineIndex) => {
        const x = column.numeric ? margin + column.x + pad + column.cellWidth - font.widthOfTextAtSize(line, size.cell) : margin + column.x + pad;
        pages.draw(line, x, pages.y - pad - (lineIndex + 1) * step + size.cell * 0.28, font, size.cell);
      });
    });
    pages.y -= height;
    pages.page.drawLine({ start: { x: margin, y: pages.y }, end: { x: margin + pages.width, y: pages.y }, thickness: 0.3, color: colour.rule });
    from += take;
  }
}

/** Let other requests run between batches of rows: a long report takes seconds of CPU (about 1 s per 1,000 rows on 2 cores). */
const rowsPerTurn = 200;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

async function drawTable(pages: Pages, report: ControlledSubstanceReport, title: string | null, rows: ReportRow[], emptyText: string): Promise<void> {
  const { regular, bold } = pages.fonts;
  pages.ensure(lineHeight(size.section) * 2 + lineHeight(size.cell) * 4);
  if (title) {
    pages.y -= 6;
    pages.text(title, { font: bold, fontSize: size.section });
  }
  if (rows.length === 0) {
    pages.text(emptyText, { color: colour.muted });
    return;
  }
  const table = layoutTable(pages, report, rows);
  if (table.uniformLine) pages.text(table.uniformLine, { fontSize: size.meta });
  pages.y -= 2;
  const header = () => drawRow(pages, table, table.columns.map((column) => cellLines(pages, column.header, bold, column.cellWidth)), bold, { shaded: true });
  header();
  for (const [index, row] of rows.entries()) {
    if (index > 0 && index % rowsPerTurn === 0) await nextTurn();
    drawRow(pages, table, table.columns.map((column) => cellLines(pages, row[column.key] ?? '', regular, column.cellWidth)), regular, { onNewPage: header });
  }
}

function drawFooters(document: PDFDocument, fonts: PdfFonts, text: string): void {
  const pages = document.getPages();
  pages.forEach((page, index) => {
    const pageText = fonts.fit(`Page ${index + 1} of ${pages.length}`);
    const pageTextWidth = fonts.regular.widthOfTextAtSize(pageText, size.small);
    const [line = ''] = wrapText(fonts.fit(text), fonts.regular, size.small, page.getWidth() - 2 * margin - pageTextWidth - 12);
    page.drawLine({ start: { x: margin, y: margin + 10 }, end: { x: page.getWidth() - margin, y: margin + 10 }, thickness: 0.5, color: colour.rule });
    page.drawText(line, { x: margin, y: margin, size: size.small, font: fonts.regular, color: colour.muted });
    page.drawText(pageText, { x: page.getWidth() - margin - pageTextWidth, y: margin, size: size.small, font: fonts.regular, color: colour.muted });
  });
}

/**
 * Encoding a line runs the font's shaping (fontkit) again each time, and a long table draws the same names, lots
 * and numbers thousands of times: remember each line's encoding for this document's fonts.
 */
function memoizeEncoding(font: PDFFont): void {
  const encode = font.encodeText.bind(font);
  const encoded = new Map<string, ReturnType<PDFFont['encodeText']>>();
  font.encodeText = (text: string) => {
    let hex = encoded.get(text);
    if (!hex) {
      hex = encode(text);
      if (encoded.size < 50_000) encoded.set(text, hex);
    }
    return hex;
  };
}

export async function renderLedgerReportPdf(report: ControlledSubstanceReport, options: RenderReportPdfOptions = {}): Promise<Uint8Array> {
  const generatedAt = new Date(report.meta.generatedAt);
  const document = await PDFDocument.create();
  document.setTitle(report.title);
  document.setProducer('Ketaclinic');
  document.setCreator('Ketaclinic');
  document.setCreationDate(generatedAt);
  document.setModificationDate(generatedAt);
  const fonts = await embedFonts(document, options.fontLocations ?? dejaVuSansCondensedLocations);
  memoizeEncoding(fonts.regular);
  memoizeEncoding(fonts.bold);
  const period = report.meta.period ? `${report.meta.period.from} to ${report.meta.period.to}` : (report.meta.details.find((detail) => detail.label === 'Date and time')?.value ?? '');
  const registrants = report.meta.registrants.map((registrant) => `${registrant.locationName} (DEA ${registrant.deaNumber ?? 'none on file'})`).join('; ');
  const pages = new Pages(document, fonts, options.pageSize ?? 'letter', `${report.title} — ${registrants} — ${period} (continued)`);
  drawMeta(pages, report);
  if (report.groups) {
    const { key, sections } = report.groups;
    for (const section of sections) await drawTable(pages, report, section.title, report.rows.filter((row) => row[key] === section.value), 'None in this period.');
    const known = new Set(sections.map((section) => section.value));
    const other = report.rows.filter((row) => !known.has(row[key] ?? ''));
    if (other.length > 0) await drawTable(pages, report, 'Other', other, '');
  } else await drawTable(pages, report, null, report.rows, report.emptyText);
  drawFooters(document, fonts, `Generated by Ketaclinic at ${report.meta.generatedAt}. ${report.title}. Retain until ${report.meta.retainUntil}.`);
  return document.save();
}

import { PDFDocument, type PDFFont, type PDFPage, PageSizes, type RGB, rgb } from 'pdf-lib';
import { type FormValue, type RemsMonitoringForm, dateTimeIn, fieldApplies } from '../../domain/rems-form/build-monitoring-form.js';
import type { FormFieldDefinition, RemsFormDefinition } from '../../domain/rems-form/monitoring-form-definition.js';
import { type FontFiles, type PdfFonts, dejaVuSansLocations, embedFonts, wrapText } from '../pdf/pdf-fonts.js';

/**
 * A printable copy of a filled Patient Monitoring Form, for the chart and for whoever keys it into the REMS
 * (the REMS takes the form online or by fax; this is not an official REMS document).
 */

export interface RenderRemsPdfOptions {
  pageSize?: 'letter' | 'a4';
  /** TTF files to try, in order; `[]` forces the standard-font fallback. */
  fontLocations?: FontFiles[];
}

export interface RenderRemsPdfMeta {
  generatedAt: Date;
  clinicName: string;
}

const margin = 48;
const footerHeight = 30;
const lineGap = 1.3;
const size = { title: 15, section: 11.5, body: 9, small: 7.5 };
const colour = { text: rgb(0.1, 0.1, 0.1), muted: rgb(0.42, 0.42, 0.42), missing: rgb(0.75, 0.05, 0.05), ok: rgb(0.05, 0.45, 0.15), rule: rgb(0.8, 0.8, 0.8), shade: rgb(0.94, 0.94, 0.94) };

/** `x` indents from the left margin; `after` is extra space below. */
type TextOptions = { font?: PDFFont; fontSize?: number; x?: number; width?: number; color?: RGB; after?: number };

/** Lays text out top to bottom, starting a new page when the next block does not fit. */
class Layout {
  page: PDFPage;
  y: number;
  readonly width: number;
  private readonly pageSize: [number, number];
  private onNewPage: (() => void) | null = null;

  constructor(
    private readonly document: PDFDocument,
    readonly fonts: PdfFonts,
    pageSize: 'letter' | 'a4',
  ) {
    this.pageSize = pageSize === 'a4' ? PageSizes.A4 : PageSizes.Letter;
    this.page = document.addPage(this.pageSize);
    this.y = this.page.getHeight() - margin;
    this.width = this.page.getWidth() - 2 * margin;
  }

  /** Run `repeat` at the top of every later page (a table's header row), until cleared with null. */
  repeatOnNewPage(repeat: (() => void) | null): void {
    this.onNewPage = repeat;
  }

  /** The height between the top margin and the footer of a page. */
  get usableHeight(): number {
    return this.page.getHeight() - 2 * margin - footerHeight;
  }

  ensureSpace(height: number): void {
    if (this.y - height >= margin + footerHeight) return;
    this.page = this.document.addPage(this.pageSize);
    this.y = this.page.getHeight() - margin;
    this.onNewPage?.();
  }

  lines(text: string, options: TextOptions = {}): string[] {
    const font = options.font ?? this.fonts.regular;
    return wrapText(this.fonts.fit(text), font, options.fontSize ?? size.body, options.width ?? this.width);
  }

  /** Draw wrapped text at the cursor and move below it. */
  paragraph(text: string, options: TextOptions = {}): void {
    const fontSize = options.fontSize ?? size.body;
    const lines = this.lines(text, options);
    for (const line of lines) {
      this.ensureSpace(fontSize * lineGap);
      this.y -= fontSize * lineGap;
      this.page.drawText(line, { x: margin + (options.x ?? 0), y: this.y + fontSize * 0.25, size: fontSize, font: options.font ?? this.fonts.regular, color: options.color ?? colour.text });
    }
    this.y -= options.after ?? 0;
  }

  rule(thickness = 0.5): void {
    this.page.drawLine({ start: { x: margin, y: this.y }, end: { x: margin + this.width, y: this.y }, thickness, color: colour.rule });
  }
}

function displayValue(field: FormFieldDefinition, value: FormValue): string {
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return String(value);
  const text = value ?? '';
  // The form asks for MM/DD/YYYY.
  const usDate = (iso: string) => iso.replace(/^(\d{4})-(\d{2})-(\d{2})/, '$2/$3/$1');
  return field.kind === 'date' || field.kind === 'datetime' ? usDate(text) : text;
}

function drawHeader(layout: Layout, form: RemsMonitoringForm, definition: RemsFormDefinition, meta: RenderRemsPdfMeta): void {
  const { bold } = layout.fonts;
  layout.paragraph(definition.title, { font: bold, fontSize: size.title, after: 2 });
  layout.paragraph(`Form definition ${definition.id}, version ${definition.version}. Clinic: ${meta.clinicName}. Times are local to the setting (${form.timeZone}).`, { color: colour.muted, after: 6 });
  if (form.complete) layout.paragraph('All required fields are filled.', { font: bold, color: colour.ok, after: 4 });
  else {
    const count = form.missing.length;
    layout.paragraph(`INCOMPLETE: ${count} required field${count === 1 ? ' is' : 's are'} MISSING (marked below).`, { font: bold, color: colour.missing, after: 1 });
    const sectionOf = new Map(definition.sections.flatMap((section) => section.fields.map((field) => [field.id, section.title] as const)));
    const names = form.missing.map((entry) => `${sectionOf.get(entry.fieldId) ?? 'Form'}: ${entry.label}`);
    layout.paragraph(`Missing: ${names.join('; ')}.`, { color: colour.missing, after: 2 });
  }
  for (const warning of form.warnings) layout.paragraph(`Check: ${warning.message}`, { font: bold, color: colour.missing, after: 1 });
  layout.y -= 4;
  for (const instruction of definition.instructions) layout.paragraph(`•  ${instruction}`, { x: 4, width: layout.width - 4 });
  layout.paragraph(`* required on the form.   † from secondary descriptions of later form versions, not verified against the current REMS form.`, { fontSize: size.small, color: colour.muted, after: 4 });
  layout.paragraph(definition.basis, { fontSize: size.small, color: colour.muted, after: 8 });
}

function drawSections(layout: Layout, form: RemsMonitoringForm, definition: RemsFormDefinition): void {
  const { regular, bold } = layout.fonts;
  const labelWidth = layout.width * 0.55;
  const valueX = labelWidth + 12;
  const valueWidth = layout.width - valueX;
  const rowLine = size.body * lineGap;
  for (const section of definition.sections) {
    layout.ensureSpace(size.section * 2 + rowLine * 2);
    layout.y -= 6;
    layout.paragraph(section.title, { font: bold, fontSize: size.section, after: 3 });
    layout.rule(0.8);
    if (section.note) {
      layout.y -= 2;
      layout.paragraph(section.note, { fontSize: size.small + 0.5, color: colour.muted });
    }
    for (const field of section.fields) {
      const value = form.values[field.id] ?? null;
      const applies = fieldApplies(field, form.values);
      // No-break spaces keep the marks on the label's last line.
      const marks = `${field.required ? '\u00a0*' : ''}${field.confidence === 'secondary' ? '\u00a0†' : ''}`;
      const [text, font, color] =
        !applies ? ['not applicable', regular, colour.muted]
        : value === null ? (field.required ? ['MISSING', bold, colour.missing] : ['not recorded', regular, colour.muted])
        : [displayValue(field, value), regular, colour.text];
      const labelLines = layout.lines(`${field.label}${marks}`, { width: labelWidth });
      const valueLines = layout.lines(text, { font, width: valueWidth });
      const height = Math.max(labelLines.length, valueLines.length) * rowLine + 3;
      layout.ensureSpace(height);
      const top = layout.y;
      labelLines.forEach((line, index) => layout.page.drawText(line, { x: margin, y: top - (index + 1) * rowLine + size.body * 0.25, size: size.body, font: regular, color: colour.text }));
      valueLines.forEach((line, index) => layout.page.drawText(line, { x: margin + valueX, y: top - (index + 1) * rowLine + size.body * 0.25, size: size.body, font, color }));
      layout.y = top - height;
      layout.rule(0.3);
    }
  }
}

type Column = { title: string; share: number };

function drawTable(layout: Layout, title: string, columns: Column[], rows: string[][], empty: string): void {
  const { regular, bold } = layout.fonts;
  const rowHeight = size.body * lineGap + 4;
  const totalShare = columns.reduce((sum, column) => sum + column.share, 0);
  const xs = columns.reduce<number[]>((acc, column, index) => [...acc, index === 0 ? 0 : acc[index - 1]! + (columns[index - 1]!.share / totalShare) * layout.width], []);
  const drawRow = (cells: string[], font: PDFFont, shaded: boolean) => {
    layout.ensureSpace(rowHeight);
    if (shaded) layout.page.drawRectangle({ x: margin, y: layout.y - rowHeight, width: layout.width, height: rowHeight, color: colour.shade });
    cells.forEach((cell, index) => {
      const width = (columns[index]!.share / totalShare) * layout.width - 4;
      const [line = ''] = wrapText(layout.fonts.fit(cell), font, size.body, width);
      layout.page.drawText(line, { x: margin + xs[index]! + 2, y: layout.y - rowHeight + 4 + size.body * 0.15, size: size.body, font, color: colour.text });
    });
    layout.y -= rowHeight;
  };
  const header = () => drawRow(columns.map((column) => column.title), bold, true);
  // Keep a table that fits on one page together; a longer one starts with at least its header and three rows.
  const titleHeight = 10 + size.section * lineGap + 2 + size.small * lineGap + 3;
  const wholeTable = titleHeight + rowHeight * (rows.length + 1);
  layout.ensureSpace(wholeTable <= layout.usableHeight ? wholeTable : titleHeight + rowHeight * 4);
  layout.y -= 10;
  layout.paragraph(title, { font: bold, fontSize: size.section, after: 2 });
  layout.paragraph(`Times are local to the setting; minutes count from the first device (negative: before it).`, { fontSize: size.small, color: colour.muted, after: 3 });
  if (!rows.length) {
    layout.paragraph(empty, { color: colour.muted });
    return;
  }
  header();
  layout.repeatOnNewPage(header);
  rows.forEach((row) => {
    drawRow(row, regular, false);
    layout.rule(0.3);
  });
  layout.repeatOnNewPage(null);
}

const show = (value: number | null | undefined) => (value == null ? '–' : String(value));
const minutes = (value: number | null) => (value === null ? '–' : value > 0 ? `+${value}` : String(value));

function drawMonitoringTables(layout: Layout, form: RemsMonitoringForm): void {
  drawTable(
    layout,
    'Vital signs',
    [
      { title: 'Time', share: 1 },
      { title: 'Minutes', share: 1.1 },
      { title: 'BP (mmHg)', share: 1.3 },
      { title: 'Heart rate (/min)', share: 1.4 },
      { title: 'SpO₂ (%)', share: 1 },
      { title: 'Resp. rate (/min)', share: 1.4 },
    ],
    form.vitalSigns.map((row) => [
      row.time,
      minutes(row.minutesFromStart),
      row.systolicMmHg != null || row.diastolicMmHg != null ? `${show(row.systolicMmHg)}/${show(row.diastolicMmHg)}` : '–',
      show(row.heartRateBpm),
      show(row.spo2Percent),
      show(row.respiratoryRatePerMin),
    ]),
    'No vital signs charted.',
  );
  drawTable(
    layout,
    'Sedation and dissociation observations',
    [
      { title: 'Time', share: 1 },
      { title: 'Minutes', share: 1.1 },
      { title: 'MOAA/S (0–5)', share: 1.3 },
      { title: 'Dissociation', share: 1.3 },
      { title: 'CADSS total', share: 1.2 },
    ],
    form.observations.map((row) => [row.time, minutes(row.minutesFromStart), show(row.moaasScore), row.dissociated === null ? '–' : row.dissociated ? 'Yes' : 'No', show(row.cadssTotal)]),
    'No sedation or dissociation observations charted.',
  );
}

function drawFooters(document: PDFDocument, fonts: PdfFonts, text: string): void {
  const pages = document.getPages();
  pages.forEach((page, index) => {
    const pageText = fonts.fit(`Page ${index + 1} of ${pages.length}`);
    const pageTextWidth = fonts.regular.widthOfTextAtSize(pageText, size.small);
    const [line = ''] = wrapText(fonts.fit(text), fonts.regular, size.small, page.getWidth() - 2 * margin - pageTextWidth - 12);
    page.drawLine({ start: { x: margin, y: margin + 12 }, end: { x: page.getWidth() - margin, y: margin + 12 }, thickness: 0.5, color: colour.rule });
    page.drawText(line, { x: margin, y: margin, size: size.small, font: fonts.regular, color: colour.muted });
    page.drawText(pageText, { x: page.getWidth() - margin - pageTextWidth, y: margin, size: size.small, font: fonts.regular, color: colour.muted });
  });
}

/**
 * Render a built form as a PDF: title and version, completeness, each section's fields with their values (a
 * required field without one reads MISSING), the vital-signs and observation tables, and a footer on each page.
 */
export async function renderRemsMonitoringFormPdf(form: RemsMonitoringForm, definition: RemsFormDefinition, meta: RenderRemsPdfMeta, options: RenderRemsPdfOptions = {}): Promise<Uint8Array> {
  if (form.definition.id !== definition.id || form.definition.version !== definition.version)
    throw new Error(`The form was built from ${form.definition.id} ${form.definition.version}, not ${definition.id} ${definition.version}`);
  const document = await PDFDocument.create();
  document.setTitle(`${definition.title}, version ${definition.version}`);
  document.setProducer('Ketaclinic');
  document.setCreator('Ketaclinic');
  document.setCreationDate(meta.generatedAt);
  document.setModificationDate(meta.generatedAt);
  const fonts = await embedFonts(document, options.fontLocations ?? dejaVuSansLocations);
  const layout = new Layout(document, fonts, options.pageSize ?? 'letter');
  drawHeader(layout, form, definition, meta);
  drawSections(layout, form, definition);
  drawMonitoringTables(layout, form);
  drawFooters(document, fonts, `Generated by Ketaclinic on ${dateTimeIn(meta.generatedAt, form.timeZone)} (${form.timeZone}) — submit through the Spravato REMS as required.`);
  return document.save();
}

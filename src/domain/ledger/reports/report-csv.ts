import { toCsv as csvOf } from '../../shared/csv.js';
import type { ControlledSubstanceReport, ReportColumn } from './report-types.js';

/** The lines of the meta block, always in this order (so a reader can skip a fixed number of lines). */
export function metaLines(report: ControlledSubstanceReport): [string, string][] {
  const { meta } = report;
  const registrants = meta.registrants.map((registrant) => [registrant.locationName, registrant.address, `DEA ${registrant.deaNumber ?? 'none on file'}`].filter(Boolean).join(', '));
  return [
    ['Report', report.title],
    ['Registrant', registrants.join('; ') || 'none'],
    ['Period', meta.period ? `${meta.period.from} to ${meta.period.to} (inclusive)` : 'not applicable'],
    ['Time zone', meta.timeZone],
    ['Generated at', meta.generatedAt],
    ['Retain until', `${meta.retainUntil} (${meta.retentionYears} years)`],
    ['Details', meta.details.map((detail) => `${detail.label}: ${detail.value}`).join('; ')],
  ];
}

/** Meta values on one line each: the block ends at the first empty line, whatever a value holds. */
const oneLine = (value: string) => value.replace(/\s*[\r\n]+\s*/g, ' ');

/**
 * The report as RFC 4180 CSV (CRLF line ends, fields with quotes, commas or line breaks quoted, quotes doubled;
 * text that a spreadsheet would run as a formula prefixed with an apostrophe, see shared/csv.ts):
 * 1. a meta block of 7 two-field records `name,value` (report, registrant, period, time zone, generated at,
 *    retain until, details), always the same names in the same order;
 * 2. one empty line;
 * 3. the header row (the column headers), then one record per row, each with as many fields as the header.
 * A program reads the table by skipping the first 8 lines (pandas: `read_csv(path, skiprows=8)`).
 */
export function toCsv(report: ControlledSubstanceReport): string {
  const meta = csvOf(['Report', report.title], metaLines(report).slice(1).map(([name, value]) => [name, oneLine(value)]));
  const table = csvOf(
    report.columns.map((column) => column.header),
    report.rows.map((row) => report.columns.map((column) => toCell(row[column.key] ?? '', column))),
  );
  return `${meta}\r\n${table}`;
}

/** Numeric columns are written as numbers, so a negative difference is data, not an apostrophe-prefixed formula. */
function toCell(value: string, column: ReportColumn): string | number {
  return column.numeric && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
}

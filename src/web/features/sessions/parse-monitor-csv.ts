import type { VitalsReading } from './session-types';
import { parseVitals, vitalFields } from './vital-fields';

/** A line that could not be read, named by its number in the text (1 = the first line); null for the text as a whole. */
export interface MonitorCsvProblem {
  line: number | null;
  message: string;
}
export type MonitorCsvParse = { kind: 'parsed'; readings: VitalsReading[] } | { kind: 'invalid'; problems: MonitorCsvProblem[] };

export const monitorCsvColumns = ['time', 'systolic', 'diastolic', 'hr', 'spo2', 'rr'] as const;
/** The API takes at most 500 readings in one request. */
export const maxMonitorReadings = 500;

const timeOfDay = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const dateTime = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/i;

/** A monitor's time: "09:30" or "09:30:15" on `day` in this device's zone, or a full date-time (with or without offset). */
function parseTime(text: string, day: string): Date | null {
  const clock = timeOfDay.exec(text);
  if (clock) {
    const [hours, minutes, seconds] = [Number(clock[1]), Number(clock[2]), Number(clock[3] ?? 0)];
    if (hours > 23 || minutes > 59 || seconds > 59) return null;
    const [year, month, date] = day.split('-').map(Number) as [number, number, number];
    return new Date(year, month - 1, date, hours, minutes, seconds);
  }
  if (!dateTime.test(text)) return null;
  const parsed = new Date(text.replace(' ', 'T'));
  return Number.isNaN(parsed.getTime()) ? null : parsed;
}

// A header names columns: words, no numbers, and no time first. A data line with a typo in it is not one.
const looksLikeHeader = (fields: readonly string[]) =>
  /[a-z]/i.test(fields.join('')) && !fields.some((field) => field !== '' && Number.isFinite(Number(field))) && parseTime(fields[0] ?? '', '2000-01-01') === null;

/**
 * Reads a monitor export, one reading a line: `time,systolic,diastolic,hr,spo2,rr`. Blank lines and a header line
 * are skipped; a blank value is a signal the monitor did not take. Any bad line makes the whole import invalid,
 * each problem naming its line, so nothing is charted half-read. `day` (YYYY-MM-DD) dates times of day.
 */
export function parseMonitorCsv(text: string, day: string): MonitorCsvParse {
  const problems: MonitorCsvProblem[] = [];
  const readings: VitalsReading[] = [];
  let seenContent = false;
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    const fields = raw.split(',').map((field) => field.trim());
    const first = !seenContent;
    seenContent = true;
    if (first && looksLikeHeader(fields)) return;
    if (fields.length !== monitorCsvColumns.length) {
      problems.push({ line, message: `Line ${line}: expected ${monitorCsvColumns.length} values (${monitorCsvColumns.join(', ')}), found ${fields.length}.` });
      return;
    }
    const [time = '', ...values] = fields;
    const at = parseTime(time, day);
    if (!at) problems.push({ line, message: `Line ${line}: "${time}" is not a time; write 09:30, 09:30:15 or a full date and time.` });
    const parsed = parseVitals(Object.fromEntries(vitalFields.map(({ key }, position) => [key, values[position] ?? ''])));
    if (parsed.kind === 'invalid') {
      for (const message of Object.values(parsed.errors)) problems.push({ line, message: `Line ${line}: ${message}.` });
      return;
    }
    if (at) readings.push({ ...parsed.reading, measuredAt: at.toISOString() });
  });
  if (problems.length === 0 && readings.length === 0) problems.push({ line: null, message: 'No readings found: paste one reading a line.' });
  if (readings.length > maxMonitorReadings) problems.push({ line: null, message: `${readings.length} readings is more than the ${maxMonitorReadings} one import takes: split the file.` });
  return problems.length > 0 ? { kind: 'invalid', problems } : { kind: 'parsed', readings };
}

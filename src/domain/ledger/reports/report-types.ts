/**
 * The on-demand reports of the controlled-substance records (SPEC.md §3.2–3.3), "readily retrievable" (21 CFR
 * 1304.04(f)): the ledger of one product over a period, the dispensing record of 21 CFR 1304.22(c), and one
 * inventory or count (1304.11). Each is a plain table of strings, so CSV and PDF print the same thing.
 * Times are the wall clock of the location that holds the stock, `YYYY-MM-DD HH:mm`.
 */

export type ReportKind = 'ledger' | 'dispensing' | 'inventory';

export interface ReportColumn {
  key: string;
  header: string;
  /** A number (CSV writes it as data: "-0.2" is not a formula). */
  numeric?: boolean;
  /** Relative width in the PDF (default 1). */
  width?: number;
  /** PDF only: when every row of a table holds the same value, print it once above the table instead. */
  uniform?: boolean;
}

export type ReportRow = Record<string, string>;

export interface ReportRegistrant {
  locationName: string;
  /** One line; null when the location has none on file. */
  address: string | null;
  /** The location's DEA registration (21 CFR 1301.12); null when none is on file. */
  deaNumber: string | null;
}

export interface ReportMeta {
  /** ISO 8601 instant. */
  generatedAt: string;
  /** Calendar days, both inclusive; null for an inventory (a moment, given in `details`). */
  period: { from: string; to: string } | null;
  /** One per registered location the report covers (each location is its own registrant). */
  registrants: ReportRegistrant[];
  /** Keep this record at least until this date: the last record date plus the retention period. */
  retainUntil: string;
  retentionYears: number;
  /** The time zone(s) the dates and times are in. */
  timeZone: string;
  /** What else identifies this report (product, opening balance, inventory kind and timing…). */
  details: { label: string; value: string }[];
}

export interface ControlledSubstanceReport {
  kind: ReportKind;
  title: string;
  columns: ReportColumn[];
  rows: ReportRow[];
  meta: ReportMeta;
  /** What the PDF prints in place of an empty table. */
  emptyText: string;
  /** PDF only: one table per value of `key`, in this order, each under its title. */
  groups?: { key: string; sections: { value: string; title: string }[] };
}

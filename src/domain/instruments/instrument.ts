/**
 * The shape every validated instrument takes (SPEC.md §7). One definition per instrument, one pure `score`
 * function, used alike by the API, the web app and the command line.
 */

/** Raw response values by item key, as the patient or clinician answered them (never pre-reversed). */
export type Answers = Readonly<Record<string, number>>;

/** Facts some instruments need beside the answers (AUDIT-C cut-offs by sex; the craving VAS's substance). */
export interface ScoringContext {
  sex?: 'female' | 'male';
  substance?: string;
}

export interface InstrumentItem {
  /** The key used in answers: "1", "6a", "P1"… exactly as SPEC.md §7 lists them. */
  key: string;
  /**
   * Item text where SPEC.md §1.0 lets us ship it; otherwise a short neutral label ("Item 3: sleep") so that
   * clinicians can enter scores, and a clinic loads licensed text from a file.
   */
  label: string;
  /** Every value the item accepts, ascending. */
  allowedValues: readonly number[];
  /** Plain-language meaning of each value, where the instrument names them ("Not at all", "Yes"). */
  valueLabels?: Readonly<Record<number, string>>;
  /** False for items that are asked but not counted (PHQ-9 item 10). */
  scored: boolean;
  /** True when the item may be left out even though it was asked. */
  optional?: boolean;
  /** The instrument's own skip rule: the item is asked only when this holds. Unasked items are not required. */
  askedWhen?: (answers: Answers) => boolean;
}

export type LicenceStatus = 'public-domain' | 'free-with-conditions' | 'ask-first' | 'licence-required';

export interface InstrumentDefinition {
  id: string;
  name: string;
  /** Changes whenever scoring changes; stored with every assessment so a score can be re-derived. */
  version: string;
  rater: 'self' | 'clinician';
  recallPeriod: string;
  licence: { status: LicenceStatus; itemTextShipped: boolean; note: string };
  /** LOINC codes confirmed by SPEC.md; instruments without one use the local code system. */
  loinc?: { panel?: string; total?: string };
  /** Where the scoring rules come from, cited in code and shown to clinicians. */
  source: string;
  items: readonly InstrumentItem[];
  /**
   * The bands of the total, lowest first: the same table `score` bands with (`toTotalBands`), so that charts shade
   * exactly what scoring reports. Absent where the band does not follow from the total alone (AUDIT-C needs the sex,
   * the MDQ its other questions) or there is no band.
   */
  totalBands?: readonly TotalBand[];
  /** Rules across items that per-item checks cannot say (QIDS-SR16: one of items 6/7 and one of 8/9). */
  checkAnswers?(answers: Answers): AnswerError[];
  /** Scores answers that `scoreInstrument` has already validated. */
  score(answers: Answers, context: ScoringContext): ScoreResult;
}

/** One band of a total, inclusive at both ends ("mild", 5–9). */
export interface TotalBand {
  id: string;
  label: string;
  min: number;
  max: number;
}

export type FindingValue = boolean | number | string | null;

export interface ScoreResult {
  instrument: string;
  version: string;
  /** Null when the instrument has no total (C-SSRS, ITQ, ASQ). */
  total: number | null;
  band: string | null;
  flags: string[];
  subscales: Record<string, number>;
  findings: Record<string, FindingValue>;
}

export interface AnswerError {
  item: string;
  problem: 'unknown-item' | 'missing' | 'not-allowed' | 'not-asked';
  /** One line naming the item and what it accepts, for stderr and for the API's 400. */
  detail: string;
}

export type ScoreOutcome = { kind: 'scored'; result: ScoreResult } | { kind: 'invalid'; errors: AnswerError[] };

/** Inclusive ranges `[id, min, max]`, lowest first: each instrument's one table of bands. */
export type BandTable = readonly (readonly [string, number, number])[];

/** Band id for a total from inclusive ranges `[id, min, max]`; null when no range holds it. */
export function bandFor(total: number, bands: BandTable): string | null {
  return bands.find(([, min, max]) => total >= min && total <= max)?.[0] ?? null;
}

/** A band table as `totalBands`; labels are the ids in words ("moderately-severe" → "Moderately severe") unless given. */
export function toTotalBands(bands: BandTable, labels: Readonly<Record<string, string>> = {}): TotalBand[] {
  return bands.map(([id, min, max]) => {
    const words = id.replace(/-/g, ' ');
    return { id, label: labels[id] ?? `${words[0]!.toUpperCase()}${words.slice(1)}`, min, max };
  });
}

/** The sum of the given items' answers (absent items count 0: callers pass only items that were asked). */
export function sumItems(answers: Answers, keys: readonly string[]): number {
  return keys.reduce((total, key) => total + (answers[key] ?? 0), 0);
}

/** "1".."n" as item keys. */
export function numberedKeys(count: number, prefix = ''): string[] {
  return Array.from({ length: count }, (_, index) => `${prefix}${index + 1}`);
}

/** Integers from..to inclusive, for allowed values. */
export function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, index) => from + index);
}

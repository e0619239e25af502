import { z } from 'zod';

/**
 * One movement of ketamine or esketamine stock (Schedule III, 21 CFR 1308.13) in or out of one container
 * (a vial, or an esketamine nasal device), as the author types it. The container row holds what 21 CFR
 * 1304.22(c)(1)-(2) asks of the product: substance, finished form, concentration and volume per container.
 * The author (who administered, wasted or destroyed: 1304.22(c)(4)-(5)) comes from the session, not the input.
 */
export const ledgerEntryKinds = [
  'receipt',
  'administration',
  'waste',
  'transfer-out',
  'transfer-in',
  'return-to-reverse-distributor',
  'destruction',
  'theft-loss',
  'count-adjustment',
  'correction',
] as const;
export type LedgerEntryKind = (typeof ledgerEntryKinds)[number];

export const ledgerDirections = ['increase', 'decrease'] as const;
export type LedgerDirection = (typeof ledgerDirections)[number];

/**
 * A DEA registration number: two letters and seven digits, the last a check digit: (d1 + d3 + d5) +
 * 2 × (d2 + d4 + d6), last digit (DEA Diversion Control, registration number format). Upper case, no spaces:
 * the schema trims and upper-cases before it asks. The first letter (registrant type) is not checked.
 */
export function isValidDeaNumber(value: string): boolean {
  const match = /^[A-Z]{2}(\d{7})$/.exec(value);
  if (!match) return false;
  const d = match[1]!.split('').map(Number);
  const checksum = d[0]! + d[2]! + d[4]! + 2 * (d[1]! + d[3]! + d[5]!);
  return checksum % 10 === d[6];
}

const text = (max: number, min = 1) =>
  z
    .string({ error: 'Required' })
    .trim()
    .min(min, min === 1 ? 'Required' : `At least ${min} characters`)
    .max(max, `At most ${max} characters`);

const uuid = (what: string) => z.uuid(`Not a ${what} id`);

/** Whole hundredths (0.01 mg, 0.01 mL): what the balances add up exactly, and what the hash sees. */
const isHundredths = (value: number) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6;
const quantity = (unit: string) =>
  z
    .number({ error: `A number of ${unit}` })
    .positive(`More than 0 ${unit}`)
    .refine(isHundredths, `At most 2 decimal places of ${unit}`);

/** ISO 8601 with an offset, stored as UTC with milliseconds (`toISOString`), so the hash is stable. */
const instant = z.iso.datetime({ offset: true, error: 'An ISO 8601 date-time with offset' }).transform((value) => new Date(value).toISOString());

const deaNumber = z
  .string({ error: 'Required' })
  .trim()
  .toUpperCase()
  .refine(isValidDeaNumber, 'Not a DEA registration number (2 letters, 7 digits, valid check digit)');

/** A registrant on the other side: supplier (1304.22(c)(3)) or reverse distributor (1304.22(c)(5); 1317.10). */
const registrant = z.strictObject({ name: text(200), address: text(500), deaNumber }, { error: 'Required' });

/**
 * NDC as printed: the 10-digit labeler-product-package layouts 4-4-2, 5-3-2 or 5-4-1 (21 CFR 207.33), or the
 * 11-digit 5-4-2 billing form. Ten bare digits are refused: without hyphens the layout is ambiguous.
 */
const ndc = z
  .string({ error: 'Required' })
  .trim()
  .regex(/^(\d{4}-\d{4}-\d{2}|\d{5}-\d{3}-\d{2}|\d{5}-\d{4}-\d{1,2}|\d{11})$/, 'An NDC such as 42023-113-10 or 42023011310');

const direction = z.enum(ledgerDirections, { error: 'One of increase, decrease' });

const common = {
  containerId: uuid('container'),
  quantityMg: quantity('mg'),
  quantityMl: quantity('mL'),
  occurredAt: instant,
  note: text(2000).optional(),
};

const receipt = z.strictObject({
  kind: z.literal('receipt'),
  ...common,
  // 21 CFR 1304.22(c)(3): date, and the supplier's name, address and DEA registration number. Schedule III is
  // ordered without Form 222, so the invoice is the receipt record. One entry per container received.
  supplier: registrant,
  invoiceNumber: text(100),
  lotNumber: text(100),
  expiresOn: z.iso.date({ error: 'A date as YYYY-MM-DD' }),
});

// 21 CFR 1304.22(c)(4): volume, patient (name and address resolve from patientId), date, who administered (the author).
const administration = z.strictObject({ kind: z.literal('administration'), ...common, sessionId: uuid('session'), patientId: uuid('patient') });

// Wastage is a disposal (1304.22(c)(5): quantity, date, manner). The witness is clinic policy (SPEC §3.4), checked by witnessProblem.
const waste = z.strictObject({ kind: z.literal('waste'), ...common, method: text(500), witnessUserId: uuid('witness user') });

// Each registered location is its own registrant (21 CFR 1301.12), so a transfer names the other registration.
const transferFields = { counterpartLocationId: uuid('location'), counterpartDeaNumber: deaNumber };
const transferOut = z.strictObject({ kind: z.literal('transfer-out'), ...common, ...transferFields });
const transferIn = z.strictObject({ kind: z.literal('transfer-in'), ...common, ...transferFields });

const returnToReverseDistributor = z.strictObject({ kind: z.literal('return-to-reverse-distributor'), ...common, distributor: registrant });

// On-site destruction, recorded on DEA Form 41 (21 CFR 1304.21(e)); two authorised employees witness it
// (1317.95(d)) and it must leave the drug non-retrievable (1317.90).
const destruction = z.strictObject({
  kind: z.literal('destruction'),
  ...common,
  form41: z.strictObject(
    {
      method: text(500),
      location: text(500),
      ndc,
      /** True when a partly used container is destroyed; the partial count is this entry's quantityMl. */
      partialCount: z.boolean().optional(),
    },
    { error: 'Required' },
  ),
  witnessUserIds: z
    .tuple([uuid('witness user'), uuid('witness user')], { error: 'Two witness user ids' })
    .refine(([first, second]) => first.toLowerCase() !== second.toLowerCase(), { message: 'Two different witnesses', path: [1] }),
});

// Theft or loss: the clocks of 21 CFR 1301.76(b) run from discovery (see discrepancy-case.ts).
const theftLoss = z
  .strictObject({ kind: z.literal('theft-loss'), ...common, discoveredAt: instant, circumstances: text(4000) })
  .refine((entry) => entry.discoveredAt >= entry.occurredAt, { message: 'Discovered before it occurred', path: ['discoveredAt'] });

const countAdjustment = z.strictObject({ kind: z.literal('count-adjustment'), ...common, reason: text(2000, 10), direction });

// Append-only: a mistake is fixed by a new entry that points at the old one and moves the balance by the difference.
const correction = z.strictObject({ kind: z.literal('correction'), ...common, correctsEntryId: uuid('ledger entry'), reason: text(2000), direction });

export const ledgerEntryInputSchema = z.discriminatedUnion(
  'kind',
  [receipt, administration, waste, transferOut, transferIn, returnToReverseDistributor, destruction, theftLoss, countAdjustment, correction],
  { error: `kind must be one of ${ledgerEntryKinds.join(', ')}` },
);
export type LedgerEntryInput = z.infer<typeof ledgerEntryInputSchema>;

/** The fields every kind shares; the rest of an entry is its kind-specific payload. */
export const ledgerCommonFields = ['kind', 'containerId', 'quantityMg', 'quantityMl', 'occurredAt'] as const;
type CommonField = (typeof ledgerCommonFields)[number];
export type LedgerPayload<E extends LedgerEntryInput = LedgerEntryInput> = E extends unknown ? Omit<E, CommonField> : never;

/** The kind-specific fields of an entry, `note` included, as the ledger record stores and hashes them. */
export function ledgerPayload<E extends LedgerEntryInput>(entry: E): LedgerPayload<E> {
  const { kind: _kind, containerId: _containerId, quantityMg: _quantityMg, quantityMl: _quantityMl, occurredAt: _occurredAt, ...payload } = entry;
  return payload as LedgerPayload<E>;
}

const increasingKinds: readonly LedgerEntryKind[] = ['receipt', 'transfer-in'];
const directedKinds: readonly LedgerEntryKind[] = ['count-adjustment', 'correction'];

/** +1 when the entry adds stock to the container, -1 when it takes stock away. */
export function signedQuantity(entry: { kind: LedgerEntryKind; direction?: LedgerDirection }): 1 | -1 {
  if (directedKinds.includes(entry.kind)) {
    if (entry.direction === undefined) throw new RangeError(`A ${entry.kind} needs a direction`);
    return entry.direction === 'increase' ? 1 : -1;
  }
  return increasingKinds.includes(entry.kind) ? 1 : -1;
}

/**
 * The mg and the mL of an entry must agree with the product's concentration (SPEC §3.2 keeps both, so that
 * the dose and the drawn volume can be checked against each other). A sentence when they do not, else null.
 */
export function quantityMismatch(quantityMg: number, quantityMl: number, concentrationMgPerMl: number, toleranceMg = 0.1): string | null {
  if (!(concentrationMgPerMl > 0) || !Number.isFinite(concentrationMgPerMl)) throw new RangeError('concentrationMgPerMl must be more than 0');
  if (!(toleranceMg >= 0)) throw new RangeError('toleranceMg must be 0 or more');
  const expectedMg = Math.round(quantityMl * concentrationMgPerMl * 100) / 100;
  if (Math.abs(quantityMg - expectedMg) <= toleranceMg + 1e-9) return null;
  return `${quantityMg} mg does not match ${quantityMl} mL at ${concentrationMgPerMl} mg/mL (${expectedMg} mg, tolerance ${toleranceMg} mg)`;
}

export interface WitnessRuleOptions {
  /**
   * Whether the person who destroys may sign as one of the two Form 41 witnesses. Default true: 21 CFR
   * 1317.95(d) asks for two authorised employees who handle or observe the destruction, not three people.
   * A clinic or state that wants two independent witnesses sets false.
   */
  authorMayWitnessDestruction?: boolean;
}

/**
 * Who may witness what, given the author (who is not in the input). Waste: at least one witness, none the
 * author (clinic policy, SPEC §3.4: one wastes, another witnesses and co-signs). Destruction: exactly two
 * different witnesses (1317.95(d); DEA Form 41). Any kind: a witness is never listed twice. Null when it holds.
 */
export function witnessProblem(kind: LedgerEntryKind, authorUserId: string, witnessUserIds: readonly string[], options: WitnessRuleOptions = {}): string | null {
  const author = authorUserId.toLowerCase();
  const witnesses = witnessUserIds.map((id) => id.toLowerCase());
  if (new Set(witnesses).size !== witnesses.length) return 'The same person is listed twice as a witness';
  if (kind === 'destruction') {
    if (witnesses.length !== 2) return 'Destruction needs two witnesses (DEA Form 41)';
    if (options.authorMayWitnessDestruction === false && witnesses.includes(author)) return 'The person who destroys cannot be one of the two witnesses';
    return null;
  }
  if (kind === 'waste' && witnesses.length === 0) return 'Waste needs a witness';
  if (witnesses.includes(author)) return 'The person who records the entry cannot witness it';
  return null;
}

import { describe, expect, it } from 'vitest';
import { type LedgerEntryKind, isValidDeaNumber, ledgerEntryInputSchema, ledgerEntryKinds, ledgerPayload, quantityMismatch, signedQuantity, witnessProblem } from './ledger-entry.js';

const ids = {
  container: '11111111-1111-4111-8111-111111111111',
  session: '22222222-2222-4222-8222-222222222222',
  patient: '33333333-3333-4333-8333-333333333333',
  author: '44444444-4444-4444-8444-444444444444',
  witness: '55555555-5555-4555-8555-555555555555',
  witness2: '66666666-6666-4666-8666-666666666666',
  location: '77777777-7777-4777-8777-777777777777',
  entry: '88888888-8888-4888-8888-888888888888',
};

describe('isValidDeaNumber', () => {
  // Check digit = last digit of (d1 + d3 + d5) + 2 × (d2 + d4 + d6), worked by hand.
  it.each([
    ['AB1234563', true], // 1+3+5 = 9; 2×(2+4+6) = 24; 33 → 3
    ['BJ6125341', true], // 6+2+3 = 11; 2×(1+5+4) = 20; 31 → 1
    ['MS9876547', true], // 9+7+5 = 21; 2×(8+6+4) = 36; 57 → 7
    ['XZ1111119', true], // 3 + 2×3 = 9
    ['FP0000000', true], // 0 → 0
    ['AB1234564', false], // check digit should be 3
    ['BJ6125340', false], // check digit should be 1
    ['AB1324563', false], // d2 and d3 swapped: 1+2+5 = 8; 2×(3+4+6) = 26; 34 → 4, not 3
    ['ab1234563', false], // lower case: the schema upper-cases first
    ['A11234563', false], // one letter
    ['AB123456', false], // six digits and no check digit
    ['AB12345630', false], // eight digits
    ['AB 1234563', false],
    ['', false],
  ])('%s → %s', (value, valid) => {
    expect(isValidDeaNumber(value)).toBe(valid);
  });
});

const common = { containerId: ids.container, quantityMg: 50, quantityMl: 0.5, occurredAt: '2026-03-06T10:00:00-05:00' };
const registrant = { name: 'Acme Pharma Distribution', address: '1 Main St, Springfield, IL 62701', deaNumber: 'AB1234563' };

const validEntries: Record<LedgerEntryKind, Record<string, unknown>> = {
  receipt: { ...common, kind: 'receipt', quantityMg: 1000, quantityMl: 10, supplier: registrant, invoiceNumber: 'INV-1', lotNumber: 'L123', expiresOn: '2027-06-30' },
  administration: { ...common, kind: 'administration', sessionId: ids.session, patientId: ids.patient },
  waste: { ...common, kind: 'waste', method: 'Into a chemical denaturing container', witnessUserId: ids.witness },
  'transfer-out': { ...common, kind: 'transfer-out', counterpartLocationId: ids.location, counterpartDeaNumber: 'BJ6125341' },
  'transfer-in': { ...common, kind: 'transfer-in', counterpartLocationId: ids.location, counterpartDeaNumber: 'BJ6125341' },
  'return-to-reverse-distributor': { ...common, kind: 'return-to-reverse-distributor', distributor: registrant },
  destruction: {
    ...common,
    kind: 'destruction',
    form41: { method: 'Chemical digestion', location: 'Clinic pharmacy room', ndc: '42023-113-10', partialCount: true },
    witnessUserIds: [ids.witness, ids.witness2],
  },
  'theft-loss': { ...common, kind: 'theft-loss', discoveredAt: '2026-03-06T16:00:00-05:00', circumstances: 'Vial missing from the locked cabinet at the evening count' },
  'count-adjustment': { ...common, kind: 'count-adjustment', reason: 'Overfill found at the biennial inventory', direction: 'increase' },
  correction: { ...common, kind: 'correction', correctsEntryId: ids.entry, reason: 'Dose typed as 50 mg, 40 mg given', direction: 'increase' },
};

const requiredFields: Record<LedgerEntryKind, string[]> = {
  receipt: ['supplier', 'supplier.name', 'supplier.address', 'supplier.deaNumber', 'invoiceNumber', 'lotNumber', 'expiresOn'],
  administration: ['sessionId', 'patientId'],
  waste: ['method', 'witnessUserId'],
  'transfer-out': ['counterpartLocationId', 'counterpartDeaNumber'],
  'transfer-in': ['counterpartLocationId', 'counterpartDeaNumber'],
  'return-to-reverse-distributor': ['distributor', 'distributor.name', 'distributor.address', 'distributor.deaNumber'],
  destruction: ['form41', 'form41.method', 'form41.location', 'form41.ndc', 'witnessUserIds'],
  'theft-loss': ['discoveredAt', 'circumstances'],
  'count-adjustment': ['reason', 'direction'],
  correction: ['correctsEntryId', 'reason', 'direction'],
};
const commonRequired = ['containerId', 'quantityMg', 'quantityMl', 'occurredAt'];

function without(entry: Record<string, unknown>, path: string): Record<string, unknown> {
  const [head, ...rest] = path.split('.');
  const { [head!]: inner, ...others } = entry;
  return rest.length === 0 ? others : { ...others, [head!]: without(inner as Record<string, unknown>, rest.join('.')) };
}

function issuePaths(input: unknown): string[] {
  const result = ledgerEntryInputSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('ledgerEntryInputSchema', () => {
  it.each(ledgerEntryKinds)('accepts a complete %s', (kind) => {
    expect(ledgerEntryInputSchema.safeParse(validEntries[kind]).success).toBe(true);
  });

  const missing = ledgerEntryKinds.flatMap((kind) => [...commonRequired, ...requiredFields[kind]].map((field) => [kind, field] as const));
  it.each(missing)('%s without %s names the field', (kind, field) => {
    expect(issuePaths(without(validEntries[kind], field))).toEqual([field]);
  });

  it('names an unknown kind', () => {
    expect(issuePaths({ ...common, kind: 'borrowed' })).toEqual(['kind']);
  });

  it('refuses fields another kind has (strict objects)', () => {
    expect(issuePaths({ ...validEntries.administration, witnessUserId: ids.witness })).toEqual(['']);
  });

  it.each([
    ['quantityMg', 0],
    ['quantityMg', -5],
    ['quantityMl', 0],
    ['quantityMg', 12.345],
    ['quantityMg', Number.POSITIVE_INFINITY],
    ['quantityMg', '50'],
    ['occurredAt', '2026-03-06 10:00'],
    ['occurredAt', '2026-03-06T10:00:00'],
    ['containerId', 'vial-1'],
  ])('refuses %s = %s', (field, value) => {
    expect(issuePaths({ ...validEntries.administration, [field]: value })).toEqual([field]);
  });

  it.each([
    ['supplier.deaNumber', { ...validEntries.receipt, supplier: { ...registrant, deaNumber: 'AB1234564' } }],
    ['counterpartDeaNumber', { ...validEntries['transfer-out'], counterpartDeaNumber: 'BJ612534' }],
    ['distributor.deaNumber', { ...validEntries['return-to-reverse-distributor'], distributor: { ...registrant, deaNumber: '1234563AB' } }],
    ['form41.ndc', { ...validEntries.destruction, form41: { method: 'x', location: 'y', ndc: '4202311310' } }],
    ['witnessUserIds.1', { ...validEntries.destruction, witnessUserIds: [ids.witness, ids.witness.toUpperCase()] }],
    ['witnessUserIds', { ...validEntries.destruction, witnessUserIds: [ids.witness] }],
    ['discoveredAt', { ...validEntries['theft-loss'], discoveredAt: '2026-03-06T09:59:59-05:00' }],
    ['reason', { ...validEntries['count-adjustment'], reason: 'recount' }],
    ['direction', { ...validEntries.correction, direction: 'up' }],
    ['expiresOn', { ...validEntries.receipt, expiresOn: '2027-02-29' }],
  ] as const)('names %s when its value is wrong', (field, input) => {
    expect(issuePaths(input)).toEqual([field]);
  });

  it('normalises DEA numbers and instants before they are stored and hashed', () => {
    const parsed = ledgerEntryInputSchema.parse({ ...validEntries.receipt, supplier: { ...registrant, deaNumber: ' ab1234563 ' }, occurredAt: '2026-03-06T10:00:00-05:00' });
    expect(parsed).toMatchObject({ supplier: { deaNumber: 'AB1234563' }, occurredAt: '2026-03-06T15:00:00.000Z' });
  });

  it('keeps the kind-specific fields, note included, as the payload', () => {
    const parsed = ledgerEntryInputSchema.parse({ ...validEntries.waste, note: 'Residual in syringe' });
    expect(ledgerPayload(parsed)).toEqual({ method: 'Into a chemical denaturing container', witnessUserId: ids.witness, note: 'Residual in syringe' });
  });
});

describe('signedQuantity', () => {
  it.each([
    ['receipt', undefined, 1],
    ['transfer-in', undefined, 1],
    ['administration', undefined, -1],
    ['waste', undefined, -1],
    ['transfer-out', undefined, -1],
    ['return-to-reverse-distributor', undefined, -1],
    ['destruction', undefined, -1],
    ['theft-loss', undefined, -1],
    ['count-adjustment', 'increase', 1],
    ['count-adjustment', 'decrease', -1],
    ['correction', 'increase', 1],
    ['correction', 'decrease', -1],
  ] as const)('%s %s → %d', (kind, direction, sign) => {
    expect(signedQuantity({ kind, direction })).toBe(sign);
  });

  it('refuses an adjustment without a direction', () => {
    expect(() => signedQuantity({ kind: 'count-adjustment' })).toThrow(RangeError);
  });
});

describe('quantityMismatch', () => {
  it.each([
    [50, 0.5, 100, null], // Ketalar 100 mg/mL
    [25, 0.5, 50, null],
    [28, 0.2, 140, null], // Spravato: 28 mg in 0.2 mL per device
    [50.1, 0.5, 100, null], // at the tolerance
    [50.11, 0.5, 100, '50.11 mg does not match 0.5 mL at 100 mg/mL (50 mg, tolerance 0.1 mg)'],
    [50, 5, 100, '50 mg does not match 5 mL at 100 mg/mL (500 mg, tolerance 0.1 mg)'], // a decimal point slipped
    [33.33, 0.33, 101, null], // 33.33 mg exactly, no float drift
  ])('%d mg in %d mL at %d mg/mL → %s', (mg, ml, concentration, expected) => {
    expect(quantityMismatch(mg, ml, concentration)).toBe(expected);
  });

  it('takes a tolerance', () => {
    expect(quantityMismatch(51, 0.5, 100, 1)).toBeNull();
    expect(quantityMismatch(50.01, 0.5, 100, 0)).not.toBeNull();
  });

  it('refuses a concentration of 0', () => {
    expect(() => quantityMismatch(1, 1, 0)).toThrow(RangeError);
  });
});

describe('witnessProblem', () => {
  const { author, witness, witness2 } = ids;
  it.each([
    ['waste', [witness], null],
    ['waste', [], 'Waste needs a witness'],
    ['waste', [author], 'The person who records the entry cannot witness it'],
    ['waste', [author.toUpperCase()], 'The person who records the entry cannot witness it'],
    ['destruction', [witness, witness2], null],
    ['destruction', [author, witness], null], // author may be one of the two (1317.95(d): two employees, not three)
    ['destruction', [witness], 'Destruction needs two witnesses (DEA Form 41)'],
    ['destruction', [witness, witness2, author], 'Destruction needs two witnesses (DEA Form 41)'],
    ['destruction', [witness, witness], 'The same person is listed twice as a witness'],
    ['administration', [], null],
    ['theft-loss', [witness], null],
    ['receipt', [author], 'The person who records the entry cannot witness it'],
  ] as const)('%s witnessed by %j → %s', (kind, witnesses, expected) => {
    expect(witnessProblem(kind, author, witnesses)).toBe(expected);
  });

  it('can require two witnesses besides the person who destroys', () => {
    expect(witnessProblem('destruction', author, [author, witness], { authorMayWitnessDestruction: false })).toBe('The person who destroys cannot be one of the two witnesses');
    expect(witnessProblem('destruction', author, [witness, witness2], { authorMayWitnessDestruction: false })).toBeNull();
  });
});

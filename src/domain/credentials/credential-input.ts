import { z } from 'zod';
import { isValidDeaNumber } from '../ledger/ledger-entry.js';
import { isValidNpi } from './npi.js';

export const credentialKinds = ['licence', 'npi', 'dea-registration', 'board-certification', 'life-support', 'training'] as const;
export type CredentialKind = (typeof credentialKinds)[number];
export const credentialStatuses = ['active', 'inactive', 'suspended', 'revoked'] as const;
/** The American Heart Association's resuscitation courses: advanced cardiovascular, basic, paediatric advanced. */
export const lifeSupportTypes = ['ACLS', 'BLS', 'PALS'] as const;
/** Schedules a DEA registration may list (21 CFR 1308; "N" marks the non-narcotic part of a schedule). */
export const deaSchedules = ['2', '2N', '3', '3N', '4', '5'] as const;

const optionalText = (max: number) => z.string().trim().min(1).max(max).nullable().optional();

/** One credential as a form sends it; `credentialProblems` adds what depends on the kind. */
export const credentialFieldsSchema = z
  .object({
    kind: z.enum(credentialKinds),
    /** Licence type (MD, DO, NP, PA, RN…), certification (ACLS, BLS, PALS), board or training name. */
    type: z.string().trim().min(1).max(100),
    jurisdiction: z.string().regex(/^[A-Z]{2}$/, 'Two capital letters, such as TX').nullable().optional(),
    number: optionalText(100),
    issuer: optionalText(200),
    issuedOn: z.iso.date().nullable().optional(),
    expiresAt: z.iso.datetime({ offset: true }).nullable().optional(),
    status: z.enum(credentialStatuses),
    locationId: z.uuid().nullable().optional(),
    schedules: z.array(z.enum(deaSchedules)).min(1).max(deaSchedules.length).nullable().optional(),
    publiclyListed: z.boolean().optional(),
  })
  .strict();
export type CredentialFields = z.infer<typeof credentialFieldsSchema>;

export interface CredentialFieldProblem {
  field: keyof CredentialFields;
  message: string;
}

/** What a credential of this kind must carry beyond the common fields; empty when it is complete. */
export function credentialFieldProblems(input: CredentialFields): CredentialFieldProblem[] {
  const problems: CredentialFieldProblem[] = [];
  const number = input.number ?? null;
  switch (input.kind) {
    case 'licence':
      if (!input.jurisdiction) problems.push({ field: 'jurisdiction', message: 'A licence names the state that issued it (two capital letters)' });
      if (!number) problems.push({ field: 'number', message: 'A licence has a number' });
      break;
    case 'npi':
      if (!number || !isValidNpi(number)) problems.push({ field: 'number', message: 'Not a valid NPI (ten digits, the last a check digit)' });
      break;
    case 'dea-registration':
      if (!number || !isValidDeaNumber(number.toUpperCase())) problems.push({ field: 'number', message: 'Not a valid DEA registration number (two letters, seven digits, check digit)' });
      if (!input.schedules) problems.push({ field: 'schedules', message: 'A DEA registration lists its schedules' });
      break;
    case 'life-support':
      if (!(lifeSupportTypes as readonly string[]).includes(input.type)) problems.push({ field: 'type', message: `One of ${lifeSupportTypes.join(', ')}` });
      break;
    default:
      break;
  }
  if (input.kind !== 'dea-registration' && input.schedules) problems.push({ field: 'schedules', message: 'Only a DEA registration lists schedules' });
  if (input.issuedOn && input.expiresAt && Date.parse(input.expiresAt) <= Date.parse(`${input.issuedOn}T00:00:00Z`)) problems.push({ field: 'expiresAt', message: 'Expires after the day it was issued' });
  return problems;
}

const addKindIssues = (input: CredentialFields, context: z.RefinementCtx) => {
  for (const problem of credentialFieldProblems(input)) context.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
};

export const credentialInputSchema = credentialFieldsSchema.superRefine(addKindIssues);
/** A change sends the whole credential again, with the revision it was read at. */
export const credentialUpdateSchema = credentialFieldsSchema.extend({ revision: z.number().int().min(1) }).strict().superRefine(addKindIssues);

/** The credential as stored: absent fields are empty, a DEA number in capitals. */
export function normaliseCredential(input: CredentialFields) {
  const number = input.number ?? null;
  return {
    kind: input.kind,
    type: input.type,
    jurisdiction: input.jurisdiction ?? null,
    number: input.kind === 'dea-registration' && number ? number.toUpperCase() : number,
    issuer: input.issuer ?? null,
    issuedOn: input.issuedOn ?? null,
    expiresAt: input.expiresAt ? new Date(input.expiresAt) : null,
    status: input.status,
    locationId: input.locationId ?? null,
    schedules: input.schedules ?? null,
    publiclyListed: input.publiclyListed ?? true,
  };
}

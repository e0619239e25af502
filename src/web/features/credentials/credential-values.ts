import dayjs from 'dayjs';
import { isValidNpi } from '../../../domain/credentials/npi';
import { isValidDeaNumber } from '../../../domain/ledger/ledger-entry';
import { deaSchedules, type DeaSchedule } from '../stock/stock-setup-types';
import type { CredentialBody, CredentialKind, CredentialStatus, CredentialView } from './credential-types';

/** The credential form as typed. Error keys are the server's field paths (`expiresAt` shows at the expiry date). */
export interface CredentialValues {
  kind: CredentialKind;
  type: string;
  jurisdiction: string;
  number: string;
  issuer: string;
  issuedOn: string;
  expiresOn: string;
  /** Local time on `expiresOn`; 23:59 unless the document says otherwise. */
  expiresTime: string;
  status: CredentialStatus;
  locationId: string;
  schedules: DeaSchedule[];
  publiclyListed: boolean;
}

/** Which fields each kind has; licences, board and life-support certifications may be shown on the public page. */
export const kindFields: Record<CredentialKind, { fixedType?: string; jurisdiction?: 'required' | 'optional'; number: 'required' | 'optional'; issuer: boolean; expiry: 'required' | 'optional' | 'none'; listable: boolean }> = {
  licence: { jurisdiction: 'required', number: 'required', issuer: true, expiry: 'optional', listable: true },
  npi: { fixedType: 'NPI', number: 'required', issuer: false, expiry: 'none', listable: false },
  'dea-registration': { fixedType: 'DEA', jurisdiction: 'optional', number: 'required', issuer: false, expiry: 'required', listable: false },
  'board-certification': { number: 'optional', issuer: true, expiry: 'optional', listable: true },
  'life-support': { number: 'optional', issuer: true, expiry: 'required', listable: true },
  training: { number: 'optional', issuer: true, expiry: 'optional', listable: false },
};

export const defaultExpiryTime = '23:59';

export function emptyCredential(kind: CredentialKind): CredentialValues {
  const type = kindFields[kind].fixedType ?? (kind === 'licence' ? 'MD' : kind === 'life-support' ? 'ACLS' : '');
  return { kind, type, jurisdiction: '', number: '', issuer: '', issuedOn: '', expiresOn: '', expiresTime: defaultExpiryTime, status: 'active', locationId: '', schedules: [], publiclyListed: kindFields[kind].listable };
}

/** The form filled from a credential on file, its expiry shown in the browser's time zone. */
export function credentialValues(credential: CredentialView): CredentialValues {
  const expiry = credential.expiresAt ? dayjs(credential.expiresAt) : null;
  return {
    kind: credential.kind,
    type: credential.type,
    jurisdiction: credential.jurisdiction ?? '',
    number: credential.number ?? '',
    issuer: credential.issuer ?? '',
    issuedOn: credential.issuedOn ?? '',
    expiresOn: expiry ? expiry.format('YYYY-MM-DD') : '',
    expiresTime: expiry ? expiry.format('HH:mm') : defaultExpiryTime,
    status: credential.status,
    locationId: credential.locationId ?? '',
    schedules: deaSchedules.filter((schedule) => credential.schedules?.includes(schedule)),
    publiclyListed: credential.publiclyListed,
  };
}

export type CredentialParse = { kind: 'valid'; body: CredentialBody } | { kind: 'invalid'; errors: Record<string, string> };

function numberProblem(kind: CredentialKind, number: string): string | undefined {
  if (kind === 'npi' && !isValidNpi(number)) return 'Not an NPI (10 digits, the last a check digit)';
  if (kind === 'dea-registration' && !isValidDeaNumber(number)) return 'Not a DEA registration number (2 letters, 7 digits, valid check digit)';
  return undefined;
}

/** The body to send, or what is wrong with the form (the server checks again). Empty optional fields are left out. */
export function credentialBody(values: CredentialValues): CredentialParse {
  const fields = kindFields[values.kind];
  const errors: Record<string, string> = {};
  const type = fields.fixedType ?? values.type.trim();
  const jurisdiction = values.jurisdiction.trim().toUpperCase();
  const number = values.kind === 'dea-registration' ? values.number.trim().toUpperCase() : values.number.trim();
  const issuer = values.issuer.trim();
  if (type === '') errors.type = 'Required';
  if (fields.jurisdiction === 'required' && jurisdiction === '') errors.jurisdiction = 'Required';
  else if (jurisdiction !== '' && !/^[A-Z]{2}$/.test(jurisdiction)) errors.jurisdiction = 'The state’s 2-letter code, for example CO';
  if (number === '' && fields.number === 'required') errors.number = 'Required';
  else if (number !== '' && numberProblem(values.kind, number)) errors.number = numberProblem(values.kind, number)!;
  const expiry = fields.expiry === 'none' || values.expiresOn === '' ? null : dayjs(`${values.expiresOn}T${values.expiresTime || defaultExpiryTime}`);
  if (fields.expiry === 'required' && values.expiresOn === '') errors.expiresAt = 'Required';
  else if (expiry && !expiry.isValid()) errors.expiresAt = 'Not a date and time';
  else if (expiry && values.issuedOn !== '' && expiry.format('YYYY-MM-DD') < values.issuedOn) errors.expiresAt = 'Expires before it was issued';
  if (values.kind === 'dea-registration' && values.schedules.length === 0) errors.schedules = 'Tick the schedules printed on the certificate';
  if (Object.keys(errors).length > 0) return { kind: 'invalid', errors };
  return {
    kind: 'valid',
    body: {
      kind: values.kind,
      type,
      ...(jurisdiction && fields.jurisdiction ? { jurisdiction } : {}),
      ...(number ? { number } : {}),
      ...(issuer && fields.issuer ? { issuer } : {}),
      ...(values.issuedOn ? { issuedOn: values.issuedOn } : {}),
      // The instant with the browser's own offset, e.g. 2027-05-31T23:59:00-06:00.
      ...(expiry ? { expiresAt: expiry.format() } : {}),
      status: values.status,
      // A practitioner's own registration may be for an address that is not one of the clinic's locations.
      ...(values.kind === 'dea-registration' ? { ...(values.locationId ? { locationId: values.locationId } : {}), schedules: values.schedules } : {}),
      ...(fields.listable ? { publiclyListed: values.publiclyListed } : {}),
    },
  };
}

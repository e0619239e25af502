import dayjs from 'dayjs';
import { isValidDeaNumber } from '../../../domain/ledger/ledger-entry';
import type { DeaSchedule, RegistrationBody } from './stock-setup-types';
import type { StockLocation } from './stock-types';
import { formatDay } from './stock-words';

/** The "add registration" form as typed. Error keys are the server's field paths. */
export interface RegistrationValues {
  number: string;
  schedules: DeaSchedule[];
  expiresOn: string;
}

export const emptyRegistration: RegistrationValues = { number: '', schedules: [], expiresOn: '' };

export type RegistrationParse = { kind: 'valid'; body: RegistrationBody } | { kind: 'invalid'; errors: Record<string, string> };

/** The body of `POST /registrations` for one location, or what is wrong with the form (the server checks again). */
export function registrationBody(values: RegistrationValues, locationId: string, today: string): RegistrationParse {
  const errors: Record<string, string> = {};
  const number = values.number.trim().toUpperCase();
  if (number === '') errors.number = 'Required';
  else if (!isValidDeaNumber(number)) errors.number = 'Not a DEA registration number (2 letters, 7 digits, valid check digit)';
  if (values.schedules.length === 0) errors.schedules = 'Tick the schedules printed on the certificate';
  if (values.expiresOn === '') errors.expiresOn = 'Required';
  else if (values.expiresOn < today) errors.expiresOn = 'This registration has already expired';
  if (Object.keys(errors).length > 0) return { kind: 'invalid', errors };
  return { kind: 'valid', body: { locationId, number, schedules: values.schedules, expiresOn: values.expiresOn } };
}

// Warned 90 days ahead, time enough to apply for reregistration (21 CFR 1301.13) before the registration lapses.
export const renewalWarningDays = 90;

/** What is wrong with a location's registration on `today` (YYYY-MM-DD), in plain sentences; none when it is in order. */
export function registrationWarnings(registration: NonNullable<StockLocation['registration']>, today: string): string[] {
  const warnings: string[] = [];
  const daysLeft = dayjs(registration.expiresOn).diff(dayjs(today), 'day');
  if (daysLeft < 0) warnings.push(`Expired on ${formatDay(registration.expiresOn)}. Renew it with the DEA and add the renewed registration here.`);
  else if (daysLeft <= renewalWarningDays) warnings.push(`Expires on ${formatDay(registration.expiresOn)}, in ${daysLeft} ${daysLeft === 1 ? 'day' : 'days'}. Renew it with the DEA and add the renewed registration here.`);
  // Ketamine and esketamine are Schedule III non-narcotics (21 CFR 1308.13(c); DEA drug code 7285, "III N").
  if (!registration.schedules.includes('3N')) warnings.push('It does not list Schedule 3N (Schedule III non-narcotic), which ketamine and esketamine are: it does not cover them.');
  return warnings;
}

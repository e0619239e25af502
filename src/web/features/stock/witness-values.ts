import { isSixDigitCode } from '../auth/six-digit-code';
import type { WitnessCredentials } from './stock-types';

/** A witness signing in on this screen: their own e-mail, password and (if they use one) authenticator code. */
export interface WitnessValues {
  email: string;
  password: string;
  code: string;
}

export const noWitness: WitnessValues = { email: '', password: '', code: '' };

/** The witness's credentials for the body, or what is missing; `path` prefixes the error keys ("witness", "witnesses.0"). */
export function witnessCredentials(values: WitnessValues, path: string, errors: Record<string, string>): WitnessCredentials | undefined {
  const email = values.email.trim();
  const code = values.code.replace(/\s/g, '');
  if (email === '') errors[`${path}.email`] = 'The witness enters their e-mail address';
  if (values.password === '') errors[`${path}.password`] = 'The witness enters their password';
  if (code !== '' && !isSixDigitCode(code)) errors[`${path}.code`] = 'Six digits from the witness’s authenticator app';
  if (email === '' || values.password === '' || (code !== '' && !isSixDigitCode(code))) return undefined;
  return { email, password: values.password, ...(code ? { code } : {}) };
}

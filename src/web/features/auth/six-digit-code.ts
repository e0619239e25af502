/** The same shape the server accepts: six digits, optionally split 3 + 3 by a space, as authenticator apps show them. */
export const isSixDigitCode = (value: string) => /^\s*\d{3}\s?\d{3}\s*$/.test(value);

export const sixDigitCodeHint = 'Enter the six digits from your authenticator app';

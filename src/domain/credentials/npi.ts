/**
 * A National Provider Identifier: ten digits, the last a Luhn check digit computed over the nine before it
 * with the card-issuer prefix 80840 in front (CMS, "Requirements for NPI check digit").
 */
export function isValidNpi(value: string): boolean {
  if (!/^\d{10}$/.test(value)) return false;
  return luhnCheckDigit(`80840${value.slice(0, 9)}`) === Number(value[9]);
}

/** The Luhn digit that completes `payload`. */
export function luhnCheckDigit(payload: string): number {
  let sum = 0;
  for (let index = 0; index < payload.length; index += 1) {
    // Doubling starts from the rightmost payload digit, since the check digit will sit to its right.
    let digit = Number(payload[payload.length - 1 - index]);
    if (index % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

import type { Coding } from '@medplum/fhirtypes';

const actCode = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';

/**
 * DS4P security labels for records under 42 CFR Part 2 (INTEROP.md §3.4): restricted confidentiality, the
 * substance-abuse sensitivity and the Part 2 policy. The refrain code's spelling is unverified there, so it
 * is left out until checked against the THO ActCode table.
 */
export const part2SecurityLabels: Coding[] = [
  { system: 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality', code: 'R', display: 'restricted' },
  { system: actCode, code: 'ETH', display: 'substance abuse information sensitivity' },
  { system: actCode, code: '42CFRPart2', display: '42 CFR Part2' },
];

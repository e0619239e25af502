import { z } from 'zod';
import { defaultEligibilityRules } from './default-eligibility-rules.js';
import { type EligibilityInput, eligibilityInputSchema } from './eligibility-input.js';
import { type EligibilityRuleSet, eligibilityRuleSetSchema } from './eligibility-rules.js';

export type EligibilityRequest = { kind: 'ok'; input: EligibilityInput; rules: EligibilityRuleSet } | { kind: 'invalid'; field: string; message: string };

/** The keys a strict object (or an enum-keyed record) accepts at `path` inside `schema`, for "did you mean". */
function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: z.ZodType | undefined = schema;
  const unwrap = (node: z.ZodType | undefined) => (node instanceof z.ZodOptional ? (node.unwrap() as z.ZodType) : node);
  for (const step of path) {
    current = unwrap(current);
    if (current instanceof z.ZodObject) current = (current.shape as Record<string, z.ZodType>)[String(step)];
    else if (current instanceof z.ZodArray) current = current.element as z.ZodType;
    else if (current instanceof z.ZodRecord) current = current.valueType as z.ZodType;
    else return [];
  }
  current = unwrap(current);
  if (current instanceof z.ZodObject) return Object.keys(current.shape);
  if (current instanceof z.ZodRecord && current.keyType instanceof z.ZodEnum) return current.keyType.options.map(String);
  return [];
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length]!;
}

function unknownFieldMessage(key: string, known: string[]): string {
  const typed = key.toLowerCase();
  // A close spelling ("pregant"), or the name without its unit ("systolic" for "systolicMmHg").
  const ranked = known
    .map((candidate) => ({ candidate, distance: candidate.toLowerCase().startsWith(typed) && typed.length >= 3 ? 0 : editDistance(typed, candidate.toLowerCase()) }))
    .sort((a, b) => a.distance - b.distance);
  const best = ranked[0];
  if (best && best.distance <= Math.max(2, Math.floor(best.candidate.length / 4))) return `unknown field; did you mean "${best.candidate}"?`;
  return known.length > 0 && known.length <= 16 ? `unknown field; the fields here are ${known.join(', ')}` : 'unknown field';
}

const joinPath = (prefix: string, path: readonly PropertyKey[]) => [prefix, ...path.map(String)].filter((part) => part !== '').join('.');

/**
 * The first problem as one field and one message. An unknown key is reported before anything else, because a typo
 * ("pregant") usually explains the other problems (a required field that seems missing).
 */
function firstProblem(error: z.ZodError, schema: z.ZodType, prefix: string, root: string): { kind: 'invalid'; field: string; message: string } {
  const issue = error.issues.find((candidate) => candidate.code === 'unrecognized_keys') ?? error.issues[0]!;
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0]!;
    return { kind: 'invalid', field: joinPath(prefix, [...issue.path, key]), message: unknownFieldMessage(key, knownKeysAt(schema, issue.path)) };
  }
  let message = issue.message;
  if (issue.code === 'invalid_key') message = `key ${issue.issues[0]?.message ?? 'is not allowed'}`;
  else if (/received undefined$/.test(message)) message = 'is required';
  return { kind: 'invalid', field: joinPath(prefix, issue.path) || root, message };
}

/**
 * One eligibility request as the CLI and the API receive it, not yet trusted: the patient's facts and, optionally,
 * a clinic's rule set (the defaults otherwise). Problems name the field: `vitals.systolicMmHg`, `conditions.0.icd10`,
 * `rules.thresholds.uncontrolledSystolicMmHg`.
 */
export function parseEligibilityRequest(input: unknown, rules?: unknown): EligibilityRequest {
  const parsedInput = eligibilityInputSchema.safeParse(input);
  if (!parsedInput.success) return firstProblem(parsedInput.error, eligibilityInputSchema, '', 'input');
  if (rules === undefined) return { kind: 'ok', input: parsedInput.data, rules: defaultEligibilityRules };
  const parsedRules = eligibilityRuleSetSchema.safeParse(rules);
  if (!parsedRules.success) return firstProblem(parsedRules.error, eligibilityRuleSetSchema, 'rules', 'rules');
  return { kind: 'ok', input: parsedInput.data, rules: parsedRules.data };
}

import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { defaultEligibilityRules } from '../../domain/eligibility/default-eligibility-rules.js';
import { evaluateEligibility } from '../../domain/eligibility/evaluate-eligibility.js';
import { parseEligibilityRequest } from '../../domain/eligibility/parse-eligibility-request.js';

function fail(message: string): void {
  process.stderr.write(`${message}\n`);
  process.exitCode = 2;
}

/** Reads a JSON file, or standard input for `-`. Problems are one line naming the option; no file content is echoed. */
function readJson(option: 'input' | 'rules', path: string): { ok: true; value: unknown } | { ok: false } {
  let text: string;
  try {
    text = readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch {
    fail(`--${option}: cannot read ${path === '-' ? 'standard input' : path}`);
    return { ok: false };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    fail(`${option}: not valid JSON`);
    return { ok: false };
  }
}

/** `eligibility check` and `eligibility default-rules`: the eligibility contract of SPEC.md §8; no database needed. */
export function registerEligibilityCommand(program: Command): void {
  const eligibility = program
    .command('eligibility')
    .description("Eligibility and contraindication rules (SPEC.md §8): check a patient's facts against the clinic's rules.");

  eligibility
    .command('check')
    .description(
      'Check one patient\'s facts and print {"decision", "reasons"} as JSON. The decision is "excluded" when any reason is absolute, ' +
        '"needs-review" when any is relative, otherwise "eligible"; a fact a rule needs but not recorded gives MISSING_DATA. ' +
        'Exits 0 with the result, or 2 with one line on stderr naming the field when the input or rules are invalid.',
    )
    .option('--input <file>', 'JSON file of the patient\'s facts, or - for standard input; e.g. {"ageYears": 45, "route": "iv", ...}')
    .option('--rules <file>', "the clinic's rule set as JSON (default: the published defaults; see `ketaclinic eligibility default-rules`)")
    .addHelpText(
      'after',
      '\nInput fields (only ageYears and route are required): ageYears, sexAtBirth, pregnant, breastfeeding, route, indications,\n' +
        'conditions [{"icd10", "status"}], currentPsychosis, currentMania, ketamineMisuseHistory, allergies, medications\n' +
        '[{"name", "doseMgPerDay"}], vitals {"systolicMmHg", "diastolicMmHg", "heartRateBpm"}, cssrsRisk.\n\n' +
        'Example:\n  echo \'{"ageYears": 45, "route": "iv"}\' | ketaclinic eligibility check --input -',
    )
    .action((options: { input?: string; rules?: string }) => {
      if (options.input === undefined) return fail('--input is required: a JSON file, or - for standard input');
      if (options.input === '-' && options.rules === '-') return fail('--rules: only one of --input and --rules can read standard input');
      const input = readJson('input', options.input);
      if (!input.ok) return;
      const rules = options.rules === undefined ? { ok: true as const, value: undefined } : readJson('rules', options.rules);
      if (!rules.ok) return;
      const request = parseEligibilityRequest(input.value, rules.value);
      if (request.kind === 'invalid') return fail(`${request.field}: ${request.message}`);
      process.stdout.write(`${JSON.stringify(evaluateEligibility(request.input, request.rules), null, 2)}\n`);
    });

  eligibility
    .command('default-rules')
    .description('Print the default rule set as JSON: the starting point for a clinic\'s own rules file (pass it back with --rules).')
    .action(() => {
      process.stdout.write(`${JSON.stringify(defaultEligibilityRules, null, 2)}\n`);
    });
}

import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { calculateDose } from '../../domain/dosing/calculate-dose.js';
import { parseDoseRequest } from '../../domain/dosing/dose-input.js';

function fail(message: string): void {
  process.stderr.write(`${message}\n`);
  process.exitCode = 2;
}

const example = `
Example:
  echo '{"route":"iv","weightKg":80,"heightCm":180,"sexAtBirth":"male","weightBasis":"adjusted",
         "doseMgPerKg":0.5,"concentrationMgPerMl":10,"diluentMl":100,"infusionMinutes":40,
         "limits":{"maxMgPerKg":1.0,"maxMg":150}}' | ketaclinic dose calculate --input -

Routes: iv and im take doseMgPerKg (or doseMg) and weightKg; oral and sublingual take doseMg;
intranasal-esketamine takes doseMg 28, 56 or 84. A blocked dose still exits 0: read "blocked" and "reasons".`;

/** `dose calculate`: the dose contract of SPEC.md §9 on the command line; no database needed. */
export function registerDoseCommand(program: Command): void {
  const dose = program.command('dose').description('The dose calculator (SPEC.md §9).');
  dose
    .command('calculate')
    .description('Calculate a ketamine or esketamine dose from a JSON request and print the result as JSON. Exits 2 with one line naming the field when the request is invalid.')
    .option('--input <file>', 'the request as a JSON file, or - for standard input')
    .addHelpText('after', example)
    .action((options: { input?: string }) => {
      if (options.input === undefined) return fail('--input: required; a JSON file, or - for standard input');
      let text: string;
      try {
        text = readFileSync(options.input === '-' ? 0 : options.input, 'utf8');
      } catch {
        return fail(`input: cannot read ${options.input === '-' ? 'standard input' : options.input}`);
      }
      let request: unknown;
      try {
        request = JSON.parse(text);
      } catch {
        return fail('input: not valid JSON');
      }
      const parsed = parseDoseRequest(request);
      if (parsed.kind === 'invalid') return fail(`${parsed.field}: ${parsed.message}`);
      process.stdout.write(`${JSON.stringify(calculateDose(parsed.input))}\n`);
    });
}

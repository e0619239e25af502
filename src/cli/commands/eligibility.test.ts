import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CliResult, cliPath, runCli } from '../../../tests/helpers/cli-process.js';

const directory = mkdtempSync(join(tmpdir(), 'ketaclinic-eligibility-'));
function jsonFile(name: string, content: unknown): string {
  const file = join(directory, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

/** `ketaclinic <args>` with `stdin` piped in (runCli gives the child no standard input). */
function runCliWithStdin(args: string[], stdin: string): Promise<Omit<CliResult, 'elapsedMs'>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], { env: { ...process.env, LOG_LEVEL: 'warn' }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

const patient = {
  ageYears: 38,
  sexAtBirth: 'female',
  pregnant: true,
  breastfeeding: false,
  route: 'intranasal-esketamine',
  indications: ['trd'],
  conditions: [{ icd10: 'F31.4', status: 'active' }],
  currentPsychosis: false,
  currentMania: false,
  ketamineMisuseHistory: false,
  allergies: [],
  medications: [{ name: 'Lorazepam 1 mg tablet', doseMgPerDay: 2 }],
  vitals: { systolicMmHg: 150, diastolicMmHg: 88 },
  cssrsRisk: 'low',
};
const codesOf = (stdout: string) => (JSON.parse(stdout) as { reasons: Array<{ code: string; severity: string }> }).reasons.map(({ code, severity }) => `${code}:${severity}`);

// The eligibility contract of SPEC.md §8 through the real command line.
describe('ketaclinic eligibility', () => {
  it('prints the result as JSON and exits 0', async () => {
    const result = await runCli(['eligibility', 'check', '--input', jsonFile('patient.json', patient)]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(output.decision).toBe('excluded');
    expect(codesOf(result.stdout)).toEqual(['PREGNANCY:absolute', 'BIPOLAR_DISORDER:relative', 'BP_ABOVE_140_90:warning', 'INTERACTION_BENZODIAZEPINE:warning']);
    expect(output.reasons[0]).toEqual({ code: 'PREGNANCY', severity: 'absolute', message: expect.stringContaining('Pregnant'), source: expect.stringContaining('Spravato') });
  });

  it('reads the input from standard input with -', async () => {
    const result = await runCliWithStdin(['eligibility', 'check', '--input', '-'], JSON.stringify({ ...patient, pregnant: false }));
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).decision).toBe('needs-review');
  });

  it("applies a clinic's rules file: pregnancy downgraded to relative", async () => {
    const defaults = await runCli(['eligibility', 'default-rules']);
    expect(defaults.code).toBe(0);
    const rules = JSON.parse(defaults.stdout);
    rules.reasons.PREGNANCY.severity = 'relative';
    const result = await runCli(['eligibility', 'check', '--input', jsonFile('patient-2.json', patient), '--rules', jsonFile('clinic-rules.json', rules)]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).decision).toBe('needs-review');
    expect(codesOf(result.stdout)[0]).toBe('BIPOLAR_DISORDER:relative');
    expect(codesOf(result.stdout)).toContain('PREGNANCY:relative');
  });

  it.each([
    ['a reading that is not a number', { ...patient, vitals: { systolicMmHg: 'high', diastolicMmHg: 88 } }, 'vitals.systolicMmHg: must be a number of mmHg from 40 to 300\n'],
    ['a typo', { ...patient, pregant: true }, 'pregant: unknown field; did you mean "pregnant"?\n'],
    ['no route', { ageYears: 40 }, 'route: is required\n'],
    ['not JSON', '{"ageYears": 40,', 'input: not valid JSON\n'],
  ])('exits 2 with one line naming the field: %s', async (_name, input, stderr) => {
    const result = await runCli(['eligibility', 'check', '--input', jsonFile('bad-input.json', input)]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(stderr);
  });

  it('exits 2 naming the field of an invalid rules file', async () => {
    const rules = JSON.parse((await runCli(['eligibility', 'default-rules'])).stdout);
    rules.thresholds.uncontrolledSystolicMmHg = 'one-sixty';
    const result = await runCli(['eligibility', 'check', '--input', jsonFile('patient-3.json', patient), '--rules', jsonFile('bad-rules.json', rules)]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^rules\.thresholds\.uncontrolledSystolicMmHg: .+\n$/);
  });

  it('exits 2 when the input is not given or cannot be read', async () => {
    expect(await runCli(['eligibility', 'check'])).toMatchObject({ code: 2, stdout: '', stderr: '--input is required: a JSON file, or - for standard input\n' });
    expect(await runCli(['eligibility', 'check', '--input', join(directory, 'no-such-file.json')])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^--input: cannot read .*no-such-file\.json\n$/) });
  });

  it('describes itself in --help', async () => {
    const help = await runCli(['eligibility', 'check', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--input <file>');
    expect(help.stdout).toContain('--rules <file>');
    expect(help.stdout).toContain('needs-review');
    expect((await runCli(['--help'])).stdout).toMatch(/eligibility\s+Eligibility and contraindication rules/);
  });
});

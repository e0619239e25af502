import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliPath, runCli } from '../../../tests/helpers/cli-process.js';

const specExample = {
  route: 'iv',
  weightKg: 80,
  heightCm: 180,
  sexAtBirth: 'male',
  weightBasis: 'adjusted',
  doseMgPerKg: 0.5,
  concentrationMgPerMl: 10,
  diluentMl: 100,
  infusionMinutes: 40,
  limits: { maxMgPerKg: 1.0, maxMg: 150 },
};

function writeRequest(content: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'ketaclinic-dose-')), 'request.json');
  writeFileSync(file, content);
  return file;
}

/** `ketaclinic dose calculate --input -` with `input` on standard input. */
function runWithStdin(input: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, 'dose', 'calculate', '--input', '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

// The dose contract of SPEC.md §9 through the real command line.
describe('ketaclinic dose calculate', () => {
  it('prints the result of the SPEC.md §9 example as JSON', async () => {
    const result = await runCli(['dose', 'calculate', '--input', writeRequest(JSON.stringify(specExample))]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      dosingWeightKg: 77,
      doseMg: 38.5,
      volumeMl: 3.9,
      totalVolumeMl: 103.9,
      rateMlPerHour: 155.9,
      devices: null,
      minimumAdministrationMinutes: 40,
      warnings: [],
      blocked: false,
      reasons: [],
    });
  });

  it('reads standard input with --input -', async () => {
    const result = await runWithStdin(JSON.stringify({ route: 'intranasal-esketamine', doseMg: 84 }));
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ doseMg: 84, devices: 3, minimumAdministrationMinutes: 10, blocked: false });
  });

  it('prints a blocked dose with exit 0 and its reasons', async () => {
    const result = await runCli(['dose', 'calculate', '--input', writeRequest(JSON.stringify({ ...specExample, doseMgPerKg: 1.2, infusionMinutes: 5 }))]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ blocked: true, reasons: [{ code: 'ANESTHETIC_RANGE' }, { code: 'DOSE_ABOVE_MAX' }] });
  });

  it.each([
    ['no weight', { ...specExample, weightKg: undefined }, 'weightKg: required for route iv\n'],
    ['a negative weight', { ...specExample, weightKg: -80 }, 'weightKg: must be from 20 to 350 kg\n'],
    ['adjusted weight for sex at birth intersex', { ...specExample, sexAtBirth: 'intersex' }, 'sexAtBirth: must be female or male for weightBasis adjusted, since the Devine formula is sex-specific; use weightBasis actual\n'],
    ['esketamine 42 mg', { route: 'intranasal-esketamine', doseMg: 42 }, 'doseMg: must be 28, 56 or 84 for route intranasal-esketamine (one device is 28 mg)\n'],
    ['an unknown limit', { ...specExample, limits: { maxMg: 150, maxMl: 20 } }, 'limits.maxMl: is not a dose request field\n'],
  ])('exits 2 with one line naming the field for %s', async (_name, request, stderr) => {
    const result = await runCli(['dose', 'calculate', '--input', writeRequest(JSON.stringify(request))]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(stderr);
  });

  it.each([
    ['no --input', ['dose', 'calculate'], '--input: required; a JSON file, or - for standard input\n'],
    ['a missing file', ['dose', 'calculate', '--input', join(tmpdir(), 'ketaclinic-no-such-dose.json')], `input: cannot read ${join(tmpdir(), 'ketaclinic-no-such-dose.json')}\n`],
    ['broken JSON', ['dose', 'calculate', '--input', writeRequest('{"route": "iv",')], 'input: not valid JSON\n'],
  ])('exits 2 when the input cannot be read: %s', async (_name, args, stderr) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(stderr);
  });
});

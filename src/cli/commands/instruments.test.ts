import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshDataDir, runCli } from '../../../tests/helpers/cli-process.js';
import { openEmbedded } from '../../db/create-db.js';
import { readItemTexts } from '../../db/repos/instrument-texts-repo.js';
import { findOrganisationBySlug } from '../../db/repos/organisations-repo.js';

// The scoring contract of SPEC.md §7 through the real command line.
describe('ketaclinic score and instruments', () => {
  it('prints the result as JSON', async () => {
    const result = await runCli(['score', 'gad7', '--answers', '{"1":3,"2":3,"3":2,"4":1,"5":1,"6":0,"7":0}']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ instrument: 'gad7', version: '1', total: 10, band: 'moderate', flags: [], subscales: {}, findings: {} });
  });

  it('exits 2 with one line on stderr naming the item and the allowed values', async () => {
    const result = await runCli(['score', 'gad7', '--answers', '{"1":3,"2":3,"3":2,"4":9,"5":1,"6":0,"7":0}']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('gad7: item "4" must be one of 0–3, not 9\n');
  });

  it('scores a batch file line by line', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ketaclinic-batch-')), 'answers.jsonl');
    writeFileSync(file, `${JSON.stringify({ instrument: 'gad7', answers: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0, '6': 0, '7': 0 } })}\n{"instrument":"gad7","answers":{}}\n`);
    const result = await runCli(['score', '--batch', file]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toEqual([expect.objectContaining({ total: 0, band: 'minimal' }), { error: expect.stringMatching(/^gad7: item "1" is required/) }]);
  });

  it('follows SPEC.md §7 for the PHQ-9 example, flag and finding included', async () => {
    const result = await runCli(['score', 'phq9', '--answers', '{"1":2,"2":2,"3":1,"4":1,"5":1,"6":1,"7":1,"8":1,"9":1}']);
    expect(JSON.parse(result.stdout)).toEqual({ instrument: 'phq9', version: '1', total: 11, band: 'moderate', flags: ['suicidal-ideation-item'], subscales: {}, findings: { majorDepressiveSyndrome: false } });
  });

  it('refuses an item the skip rules leave unasked', async () => {
    const result = await runCli(['score', 'cssrs-screener', '--answers', '{"1":1,"2":0,"3":1,"6":0}']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('cssrs-screener: item "3" is not asked given the other answers, so it must be left out\n');
  });

  it('lists and shows instruments', async () => {
    const listed = (await runCli(['instruments', 'list'])).stdout.trim().split('\n');
    expect(listed).toHaveLength(20);
    const shown = JSON.parse((await runCli(['instruments', 'show', 'gad7', '--json'])).stdout);
    expect(shown.items.map((item: { key: string }) => item.key)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(shown.items[0]).toMatchObject({ allowedValues: [0, 1, 2, 3], scored: true });
  });

  it("loads a clinic's licensed item text after checking every key", async () => {
    const directory = mkdtempSync(join(tmpdir(), 'ketaclinic-text-'));
    const env = { KETACLINIC_DATA_DIR: freshDataDir() };
    await runCli(['demo'], env);
    const items = Object.fromEntries(Array.from({ length: 10 }, (_, index) => [String(index + 1), `Licensed MADRS text ${index + 1}`]));
    const bad = join(directory, 'bad.json');
    writeFileSync(bad, JSON.stringify({ instrument: 'madrs', items: { ...items, '12': 'x' } }));
    const refused = await runCli(['instruments', 'load-text', bad], env);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('items.12: madrs has no item "12"\n');
    const good = join(directory, 'good.json');
    writeFileSync(good, JSON.stringify({ instrument: 'madrs', items }));
    const loaded = await runCli(['instruments', 'load-text', good], env);
    expect(loaded.stdout).toBe('Loaded text for 10 items of madrs for Demo Ketamine Clinic.\n');
    const handle = await openEmbedded(env.KETACLINIC_DATA_DIR);
    try {
      const organisation = await findOrganisationBySlug(handle.db, 'demo');
      const texts = await readItemTexts(handle.db, { organisationId: organisation!.id });
      expect(texts.get('madrs')?.get('3')).toBe('Licensed MADRS text 3');
    } finally {
      await handle.close();
    }
  });
});

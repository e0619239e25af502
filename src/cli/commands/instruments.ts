import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { checkItemTextFile } from '../../domain/instruments/item-text-file.js';
import { findInstrument, instruments } from '../../domain/instruments/registry.js';
import { createDb } from '../../db/create-db.js';
import { saveItemTexts } from '../../db/repos/instrument-texts-repo.js';
import { resolveSiteOrganisation } from '../../server/routes/site/resolve-site-organisation.js';
import { loadConfig } from '../../server/config.js';
import { readPackageVersion } from '../../server/version.js';
import { scoreBatch, scoreRequest } from '../../domain/instruments/score-request.js';

function fail(message: string): void {
  process.stderr.write(`${message}\n`);
  process.exitCode = 2;
}

function parseJsonOption(name: string, text: string | undefined, fallback: unknown): { ok: true; value: unknown } | { ok: false } {
  if (text === undefined) return { ok: true, value: fallback };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    fail(`--${name} is not valid JSON`);
    return { ok: false };
  }
}

/** `score` and `instruments`: the scoring contract of SPEC.md §7 on the command line; no database needed. */
export function registerInstrumentCommands(program: Command): void {
  program
    .command('score')
    .description('Score an instrument from raw answers (SPEC.md §7). Exits 2 with one line naming the item when an answer is unknown, missing or not allowed.')
    .argument('[instrument]', 'instrument id, e.g. phq9 (see `ketaclinic instruments list`)')
    .option('--answers <json>', 'item key → response value, e.g. \'{"1":2,"2":1}\'')
    .option('--context <json>', 'e.g. \'{"sex":"female"}\' for AUDIT-C, \'{"substance":"alcohol"}\' for the craving VAS')
    .option('--batch <file>', 'JSON Lines: one {"instrument","answers","context"} per line; one result or {"error"} per line out')
    .action((instrumentId: string | undefined, options: { answers?: string; context?: string; batch?: string }) => {
      if (options.batch) {
        const lines = readFileSync(options.batch, 'utf8').split('\n').filter((line) => line.trim() !== '');
        for (const line of scoreBatch(lines)) process.stdout.write(`${line}\n`);
        return;
      }
      if (!instrumentId) return fail('name an instrument, or use --batch <file>');
      const answers = parseJsonOption('answers', options.answers, undefined);
      const context = parseJsonOption('context', options.context, {});
      if (!answers.ok || !context.ok) return;
      if (answers.value === undefined) return fail('--answers is required');
      const outcome = scoreRequest(instrumentId, answers.value, context.value);
      if (outcome.kind === 'error') return fail(outcome.message);
      process.stdout.write(`${JSON.stringify(outcome.result)}\n`);
    });

  const catalogue = program.command('instruments').description('The instrument catalogue.');
  catalogue
    .command('list')
    .description('Ids, names, item counts and licence status')
    .action(() => {
      for (const instrument of instruments) {
        const text = instrument.licence.itemTextShipped ? 'item text included' : 'scores only (no item text)';
        process.stdout.write(`${instrument.id.padEnd(16)} ${instrument.name}: ${instrument.items.length} items, ${instrument.rater}-rated, ${instrument.licence.status}, ${text}\n`);
      }
    });
  catalogue
    .command('show')
    .description('Items in order: key, allowed values, whether scored')
    .argument('<instrument>', 'instrument id')
    .option('--json', 'print JSON')
    .action((id: string, options: { json?: boolean }) => {
      const instrument = findInstrument(id);
      if (!instrument) return fail(`unknown instrument "${id}"; instruments are ${instruments.map((i) => i.id).join(', ')}`);
      const items = instrument.items.map((item) => ({
        key: item.key,
        label: item.label,
        allowedValues: item.allowedValues,
        scored: item.scored,
        optional: item.optional ?? false,
        conditional: item.askedWhen !== undefined,
      }));
      const summary = { id: instrument.id, name: instrument.name, version: instrument.version, rater: instrument.rater, recallPeriod: instrument.recallPeriod, licence: instrument.licence, loinc: instrument.loinc ?? null, source: instrument.source, items };
      if (options.json) return void process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
      process.stdout.write(`${instrument.name} (${instrument.id}, version ${instrument.version}); ${instrument.recallPeriod}\n`);
      for (const item of items) process.stdout.write(`  ${item.key.padEnd(12)} ${item.allowedValues.join('/')}${item.scored ? '' : ' (not scored)'}  ${item.label}\n`);
    });
  catalogue
    .command('load-text')
    .description("Load a clinic's licensed item text from a JSON file {\"instrument\": \"madrs\", \"items\": {\"1\": \"…\"}}; every item key is checked. The text stays in your database; Ketaclinic never ships it.")
    .argument('<file>', 'JSON file')
    .option('--organisation <slug>', 'the organisation it is licensed to (default: KETACLINIC_ORGANISATION or the only one)')
    .action(async (file: string, options: { organisation?: string }) => {
      let content: unknown;
      try {
        content = JSON.parse(readFileSync(file, 'utf8'));
      } catch {
        return fail(`${file} is not a readable JSON file`);
      }
      const check = checkItemTextFile(content);
      if (check.kind === 'invalid') return fail(check.problems.join('; '));
      const config = loadConfig(process.env, readPackageVersion());
      const handle = await createDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      try {
        const organisation = await resolveSiteOrganisation(handle.db, options.organisation ?? config.siteOrganisation);
        await saveItemTexts(handle.db, { organisationId: organisation.id }, check.instrumentId, check.items, new Date());
        process.stdout.write(`Loaded text for ${Object.keys(check.items).length} items of ${check.instrumentId} for ${organisation.name}.\n`);
      } finally {
        await handle.close();
      }
    });
}

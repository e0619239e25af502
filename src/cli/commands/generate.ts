import type { Command } from 'commander';
import { z } from 'zod';
import { createDb } from '../../db/create-db.js';
import { type GenerateReport, generateNetwork } from '../../db/generate/generate-network.js';
import { scaleNames, scales } from '../../db/generate/scales.js';
import { AppError } from '../../domain/shared/app-error.js';
import { loadConfig } from '../../server/config.js';
import { readPackageVersion } from '../../server/version.js';

const generateArgsSchema = z.object({
  scale: z.enum(scaleNames),
  seed: z.coerce.number().int().min(0).max(2_147_483_647),
});

export type GenerateArgs = z.infer<typeof generateArgsSchema>;

/** Parses the command's options; answers the problem naming the option when they are invalid. */
export function parseGenerateArgs(raw: { scale?: unknown; seed?: unknown }): { kind: 'ok'; args: GenerateArgs } | { kind: 'invalid'; message: string } {
  const parsed = generateArgsSchema.safeParse(raw);
  if (parsed.success) return { kind: 'ok', args: parsed.data };
  const issue = parsed.error.issues[0]!;
  const option = String(issue.path[0] ?? 'options');
  const expected = option === 'scale' ? `one of ${scaleNames.join(', ')}` : 'a whole number from 0 to 2147483647';
  return { kind: 'invalid', message: `--${option} must be ${expected}` };
}

/** The report as printed: one line per table, rows and milliseconds, then the total. */
export function formatGenerateReport(report: GenerateReport): string {
  const width = Math.max(...report.tables.map((table) => table.table.length));
  const lines = report.tables.map((table) => `  ${table.table.padEnd(width)}  ${String(table.rows).padStart(10)} rows  ${String(table.milliseconds).padStart(8)} ms`);
  const rows = report.tables.filter((table) => !table.table.endsWith('(temporary)')).reduce((sum, table) => sum + table.rows, 0);
  return [`Wrote the synthetic organisation ${report.slug}:`, ...lines, `  ${'total'.padEnd(width)}  ${String(rows).padStart(10)} rows  ${String(report.totalMilliseconds).padStart(8)} ms`, ''].join('\n');
}

export function registerGenerateCommand(program: Command): void {
  program
    .command('generate')
    .description('Write a synthetic, reproducible clinic network into a new organisation synthetic-<scale>-<seed> (bulk SQL).')
    .requiredOption('--scale <scale>', `small (${scales.small.locations} locations, ${scales.small.patients} patients) or network (${scales.network.locations} locations, ${scales.network.patients} patients)`)
    .option('--seed <n>', 'seed for the pseudo-random values: the same seed writes the same data', '1')
    .action(async (options: { scale: string; seed: string }) => {
      const parsed = parseGenerateArgs(options);
      if (parsed.kind === 'invalid') {
        process.stderr.write(`${parsed.message}\n`);
        process.exitCode = 2;
        return;
      }
      const config = loadConfig(process.env, readPackageVersion());
      const handle = await createDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      try {
        process.stdout.write(formatGenerateReport(await generateNetwork(handle.db, parsed.args)));
      } catch (error) {
        if (!(error instanceof AppError && error.code === 'CONFLICT')) throw error;
        process.stderr.write(`${error.message}\n`);
        process.exitCode = 1;
      } finally {
        await handle.close();
      }
    });
}

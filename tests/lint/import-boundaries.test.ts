import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layer rule of eslint.config.js, checked on snippets placed (virtually) in each layer.
const eslint = new ESLint();

async function restrictedImports(filePath: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath });
  return result?.messages.filter((message) => message.ruleId === '@typescript-eslint/no-restricted-imports').length ?? 0;
}

describe('import boundaries', () => {
  it.each([
    ['domain importing db', 'src/domain/dosing/x.ts', "import { queryRows } from '../../db/database.js';\nexport const y = queryRows;\n", 1],
    ['domain importing server', 'src/domain/dosing/x.ts', "import { buildApp } from '../../server/app.js';\nexport const y = buildApp;\n", 1],
    ['domain importing domain', 'src/domain/dosing/x.ts', "import { AppError } from '../shared/app-error.js';\nexport const y = AppError;\n", 0],
    ['db importing server', 'src/db/repos/x.ts', "import { loadConfig } from '../../server/config.js';\nexport const y = loadConfig;\n", 1],
    ['db importing domain', 'src/db/repos/x.ts', "import { AppError } from '../../domain/shared/app-error.js';\nexport const y = AppError;\n", 0],
    ['server importing web', 'src/server/routes/x.ts', "import { App } from '../../web/app.js';\nexport const y = App;\n", 1],
    ['web importing db', 'src/web/features/x.ts', "import { queryRows } from '../../db/database';\nexport const y = queryRows;\n", 1],
    ['web importing server code', 'src/web/features/x.ts', "import { buildApp } from '../../server/app';\nexport const y = buildApp;\n", 1],
    ['web importing server types', 'src/web/features/x.ts', "import type { SiteResponse } from '../../server/routes/site/site.schemas';\nexport type Y = SiteResponse;\n", 0],
    ['web importing cli', 'src/web/features/x.ts', "import { x } from '../../cli/main';\nexport const y = x;\n", 1],
  ])('%s → %i violation(s)', async (_label, filePath, code, expected) => {
    expect(await restrictedImports(filePath, code)).toBe(expected);
  });
});

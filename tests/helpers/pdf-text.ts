import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const pdftotextInstalled = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/**
 * Reads PDFs back as text with poppler's pdftotext (installed by .ci/run). `textOf` answers null where it is
 * not installed, so the text checks are skipped there; call `cleanUp` in afterAll.
 */
export function pdfTextReader(prefix: string, options: { layout: boolean }) {
  const directory = mkdtempSync(join(tmpdir(), `${prefix}-`));
  return {
    textOf(pdf: Uint8Array, name: string): string | null {
      if (!pdftotextInstalled) return null;
      const file = join(directory, `${name}.pdf`);
      writeFileSync(file, pdf);
      return execFileSync('pdftotext', [...(options.layout ? ['-layout'] : []), file, '-'], { encoding: 'utf8' });
    },
    cleanUp: () => rmSync(directory, { recursive: true, force: true }),
  };
}

import { readFile } from 'node:fs/promises';
import fontkit from '@pdf-lib/fontkit';
import { type PDFDocument, type PDFFont, StandardFonts } from 'pdf-lib';

/**
 * Fonts for Ketaclinic's printouts. pdf-lib's standard fonts encode WinAnsi only, so "≥" or "SpO₂" would throw
 * (STACK.md). We embed DejaVu Sans from the operating system when it is there (Debian: fonts-dejavu-core; the
 * condensed cut, for wide tables, is in fonts-dejavu-extra) and never download one. Without it we fall back to
 * Helvetica and spell the few characters WinAnsi lacks in ASCII ("≥" becomes ">=").
 */

export interface FontFiles {
  regular: string;
  bold: string;
}

/** Where common Linux distributions put DejaVu Sans; the first pair that reads wins. */
export const dejaVuSansLocations: FontFiles[] = [
  { regular: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', bold: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf' }, // Debian, Ubuntu
  { regular: '/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf', bold: '/usr/share/fonts/dejavu-sans-fonts/DejaVuSans-Bold.ttf' }, // Fedora
  { regular: '/usr/share/fonts/dejavu/DejaVuSans.ttf', bold: '/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf' }, // Alpine, older Red Hat
  { regular: '/usr/share/fonts/TTF/DejaVuSans.ttf', bold: '/usr/share/fonts/TTF/DejaVuSans-Bold.ttf' }, // Arch
];

/** DejaVu Sans Condensed where it is installed, then DejaVu Sans: more columns fit a page. */
export const dejaVuSansCondensedLocations: FontFiles[] = [
  ...dejaVuSansLocations.map((files) => ({ regular: files.regular.replace('DejaVuSans.ttf', 'DejaVuSansCondensed.ttf'), bold: files.bold.replace('DejaVuSans-Bold.ttf', 'DejaVuSansCondensed-Bold.ttf') })),
  ...dejaVuSansLocations,
];

/** `fit` makes text drawable with the font: the identity for a TTF, ASCII spellings for the Helvetica fallback. */
export interface PdfFonts {
  regular: PDFFont;
  bold: PDFFont;
  fit: (text: string) => string;
}

// What WinAnsi lacks among the characters our labels and values use; anything else unencodable becomes "?".
const asciiSpellings: Record<string, string> = { '≥': '>=', '≤': '<=', '₂': '2', '−': '-', '→': '->', '✓': 'v', '\u00a0': ' ' };

async function readFontPair(locations: FontFiles[]): Promise<{ regular: Uint8Array; bold: Uint8Array } | null> {
  for (const files of locations) {
    try {
      return { regular: await readFile(files.regular), bold: await readFile(files.bold) };
    } catch {
      // Not at this location; try the next one.
    }
  }
  return null;
}

/** Embeds the first TTF pair found (subset), else Helvetica with ASCII spellings. Line breaks pass through `fit`. */
export async function embedFonts(document: PDFDocument, locations: FontFiles[] = dejaVuSansLocations): Promise<PdfFonts> {
  const files = await readFontPair(locations);
  if (files) {
    document.registerFontkit(fontkit);
    const [regular, bold] = await Promise.all([document.embedFont(files.regular, { subset: true }), document.embedFont(files.bold, { subset: true })]);
    return { regular, bold, fit: (text) => text };
  }
  const [regular, bold] = await Promise.all([document.embedFont(StandardFonts.Helvetica), document.embedFont(StandardFonts.HelveticaBold)]);
  const encodable = new Set(regular.getCharacterSet());
  const fit = (text: string) => Array.from(text, (char) => (char === '\n' || encodable.has(char.codePointAt(0)!) ? char : (asciiSpellings[char] ?? '?'))).join('');
  return { regular, bold, fit };
}

/**
 * Widths of words at 1 pt, per font: measuring runs the font's shaping (fontkit), which dominates the time of a
 * long table, and the same words (names, dates, units) come back on every row. A line is measured as its words
 * plus the spaces between them (kerning across a space is ignored).
 */
const wordWidths = new WeakMap<PDFFont, Map<string, number>>();

function measurer(font: PDFFont, fontSize: number): (word: string) => number {
  let cache = wordWidths.get(font);
  if (!cache) wordWidths.set(font, (cache = new Map()));
  const widths = cache;
  return (word) => {
    let width = widths.get(word);
    if (width === undefined) {
      width = font.widthOfTextAtSize(word, 1);
      if (widths.size < 50_000) widths.set(word, width);
    }
    return width * fontSize;
  };
}

/** Lines of at most `width` points, broken at line breaks and spaces (not at no-break spaces); words longer than a line are cut. */
export function wrapText(text: string, font: PDFFont, fontSize: number, width: number): string[] {
  const measure = measurer(font, fontSize);
  const space = measure(' ');
  const lines: string[] = [];
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    let line = '';
    let lineWidth = 0;
    for (const word of paragraph.split(/[ \t]+/).filter(Boolean)) {
      const wordWidth = measure(word);
      if (line && lineWidth + space + wordWidth <= width) {
        line = `${line} ${word}`;
        lineWidth += space + wordWidth;
        continue;
      }
      if (line) lines.push(line);
      line = word;
      lineWidth = wordWidth;
      // A word longer than the line is cut; a single character wider than the column stays whole rather than looping.
      while (line.length > 1 && lineWidth > width) {
        const cut = longestFittingPrefix(line, font, fontSize, width);
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
        lineWidth = measure(line);
      }
    }
    lines.push(line);
  }
  return lines;
}

/** The length (at least 1) of the longest start of `text` no wider than `width`, by bisection. */
function longestFittingPrefix(text: string, font: PDFFont, fontSize: number, width: number): number {
  let fits = 1;
  let tooWide = text.length;
  while (tooWide - fits > 1) {
    const middle = Math.floor((fits + tooWide) / 2);
    if (font.widthOfTextAtSize(text.slice(0, middle), fontSize) <= width) fits = middle;
    else tooWide = middle;
  }
  return fits;
}

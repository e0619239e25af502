/**
 * An estimate of the US school grade needed to read a text: the Flesch–Kincaid grade level
 * (0.39 × words per sentence + 11.8 × syllables per word − 15.59; Kincaid et al. 1975), with syllables
 * counted by a vowel-group rule. It is a rough guide for plain-language writing, not a measurement: long
 * medical words such as "dissociation" raise it even where they are explained.
 */
export function estimateReadingGrade(text: string): number {
  const sentences = text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => /[A-Za-z]/.test(sentence));
  const words = text.match(/[A-Za-z]+(?:['’][A-Za-z]+)*/g) ?? [];
  if (sentences.length === 0 || words.length === 0) return 0;
  const syllables = words.reduce((sum, word) => sum + countSyllables(word), 0);
  return 0.39 * (words.length / sentences.length) + 11.8 * (syllables / words.length) - 15.59;
}

function countSyllables(word: string): number {
  const lower = word.toLowerCase().replace(/['’]/g, '');
  if (lower.length <= 3) return 1;
  // A silent final e (take, made) and the -es/-ed endings that add no syllable (takes, called).
  const trimmed = lower.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, trimmed.match(/[aeiouy]{1,2}/g)?.length ?? 1);
}

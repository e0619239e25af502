import type { InstrumentDefinition, InstrumentItem } from '../../../domain/instruments/instrument';

const listWords = (words: string[]) => (words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`);

/**
 * "Asked only when item 2 is Yes": the skip rule in words, found by trying each earlier item's answers one at a
 * time (the rule itself is code). When no single answer opens the item, the note stays general.
 */
export function describeSkipRule(instrument: InstrumentDefinition, item: InstrumentItem): string | null {
  if (!item.askedWhen) return null;
  const earlier = instrument.items.slice(0, instrument.items.indexOf(item));
  const opening = earlier
    .map((candidate) => ({ candidate, values: candidate.allowedValues.filter((value) => item.askedWhen!({ [candidate.key]: value })) }))
    .filter(({ values }) => values.length > 0);
  const sameValues = opening.every(({ values }) => values.join() === opening[0]?.values.join());
  if (opening.length === 0 || !sameValues) return 'Asked only when earlier answers call for it';
  const first = opening[0]!;
  const valueWords = first.values.map((value) => first.candidate.valueLabels?.[value] ?? String(value));
  const itemWords = opening.map(({ candidate }) => candidate.key);
  const items = itemWords.length === 1 ? `item ${itemWords[0]}` : `any of items ${listWords(itemWords)}`;
  return `Asked only when ${items} is ${listWords(valueWords)}`;
}

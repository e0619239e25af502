import type { Answers, InstrumentDefinition, InstrumentItem } from '../../../domain/instruments/instrument';

/** Whether the instrument's own skip rule asks this item, given the answers so far. */
export const isAsked = (item: InstrumentItem, answers: Answers) => (item.askedWhen ? item.askedWhen(answers) : true);

export const askedItems = (instrument: InstrumentDefinition, answers: Answers) => instrument.items.filter((item) => isAsked(item, answers));

/**
 * The answers without those to items the skip rules no longer ask (C-SSRS: answering No to item 2 drops items
 * 3–5), repeated until nothing changes, since one dropped answer can un-ask another item. The server refuses
 * answers to unasked items, so they must not be sent.
 */
export function withoutUnasked(instrument: InstrumentDefinition, answers: Answers): Record<string, number> {
  let current: Record<string, number> = { ...answers };
  for (;;) {
    const kept = Object.fromEntries(Object.entries(current).filter(([key]) => {
      const item = instrument.items.find((candidate) => candidate.key === key);
      return item !== undefined && isAsked(item, current);
    }));
    if (Object.keys(kept).length === Object.keys(current).length) return kept;
    current = kept;
  }
}

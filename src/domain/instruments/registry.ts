import { gad7 } from './gad7.js';
import type { InstrumentDefinition } from './instrument.js';

/** Every instrument Ketaclinic scores, in the order of SPEC.md §7. */
export const instruments: readonly InstrumentDefinition[] = [gad7];

export function findInstrument(id: string): InstrumentDefinition | undefined {
  return instruments.find((instrument) => instrument.id === id);
}

import { asq } from './asq.js';
import { audit } from './audit.js';
import { auditC } from './audit-c.js';
import { cadss } from './cadss.js';
import { cows } from './cows.js';
import { cravingVas } from './craving-vas.js';
import { cssrsScreener } from './cssrs-screener.js';
import { dailyMood } from './daily-mood.js';
import { dast10 } from './dast10.js';
import { gad7 } from './gad7.js';
import type { InstrumentDefinition } from './instrument.js';
import { itq } from './itq.js';
import { madrs } from './madrs.js';
import { mdq } from './mdq.js';
import { ociR } from './oci-r.js';
import { pacs } from './pacs.js';
import { pcl5 } from './pcl5.js';
import { phq9 } from './phq9.js';
import { qidsSr16 } from './qids-sr16.js';
import { ybocs } from './ybocs.js';
import { ymrs } from './ymrs.js';

/** Every instrument Ketaclinic scores, in the order of SPEC.md §7. */
export const instruments: readonly InstrumentDefinition[] = [
  phq9,
  gad7,
  pcl5,
  cssrsScreener,
  qidsSr16,
  madrs,
  ybocs,
  ociR,
  audit,
  auditC,
  dast10,
  pacs,
  cravingVas,
  cows,
  cadss,
  ymrs,
  mdq,
  itq,
  asq,
  dailyMood,
];

export function findInstrument(id: string): InstrumentDefinition | undefined {
  return instruments.find((instrument) => instrument.id === id);
}

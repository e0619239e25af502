import type { SQL } from 'drizzle-orm';
import type { Database } from '../database.js';
import type { Scale } from './scales.js';

/** What each part of the generator works with: the open transaction, the new organisation, and the report. */
export interface GenerationContext {
  tx: Database;
  organisationId: string;
  seed: number;
  scale: Scale;
  /** Runs one statement, then records how many rows the table holds for the organisation and how long it took. */
  step: (table: string, statement: SQL) => Promise<void>;
  /** Records a table written some other way (several statements, or a temporary table). */
  record: (table: string, rows: number, startedAt: number) => void;
}

import type { Database } from '../src/db/database.js';
import { verifyAuditTrail } from '../src/db/repos/audit-repo.js';
import { verifyLedger } from '../src/db/repos/ledger-repo.js';

export interface ChainVerifyFigures {
  entries: number;
  seconds: number;
  entriesPerSecond: number;
  /** "intact", or what broke and where: reported, not fatal, since the bench did not write the chain. */
  verdict: string;
}

const figures = (entries: number, started: number, verdict: string): ChainVerifyFigures => {
  const seconds = (performance.now() - started) / 1000;
  return { entries, seconds, entriesPerSecond: entries / seconds, verdict };
};

/** `audit verify` over the organisation's whole audit chain (verifyAuditTrail, as the CLI runs it). */
export async function timeAuditVerify(db: Database, slug: string): Promise<ChainVerifyFigures> {
  const started = performance.now();
  const [result] = await verifyAuditTrail(db, slug);
  if (!result) throw new Error(`no organisation ${slug} to verify`);
  const { verdict } = result;
  return figures(verdict.count, started, verdict.kind === 'intact' ? 'intact' : `broken at entry ${verdict.seq} (${verdict.problem})`);
}

/** `ledger verify` over the organisation's whole ledger: the hash chain, and every container's balance replayed from its entries. */
export async function timeLedgerVerify(db: Database, organisationId: string): Promise<ChainVerifyFigures> {
  const started = performance.now();
  const { chain, balanceMismatches } = await verifyLedger(db, { organisationId });
  if (!chain.ok) return figures(chain.brokenAtSeq - 1, started, `broken at entry ${chain.brokenAtSeq} (${chain.problem})`);
  return figures(chain.count, started, balanceMismatches.length === 0 ? 'intact' : `intact chain, ${balanceMismatches.length} container balances differ from their entries`);
}

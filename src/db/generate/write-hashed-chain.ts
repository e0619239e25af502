import { type SQL, sql } from 'drizzle-orm';
import { type Database, queryRows } from '../database.js';

export interface ChainLink {
  seq: number;
  prevHash: string;
  hash: string;
}

export interface HashedChainSource<Row extends { seq: number }> {
  /** Rows `seq` in (after, through], in seq order: the content each hash covers, numbered from 1 without gaps. */
  read: (after: number, through: number) => SQL;
  /** The hash of one row after the previous one, exactly as the application's append computes it. */
  hash: (prevHash: string, row: Row) => string;
  /** Inserts the batch's rows, joining their content to `links` (a jsonb array of {seq, prev_hash, hash}). */
  insert: (links: SQL) => SQL;
}

/**
 * Writes a hash chain of `count` rows a batch at a time. A chain is sequential by nature, so SQL prepares the
 * content (numbered in a temporary table), this process hashes it in order with the application's own hash
 * function, and only {seq, hashes} go back to the database with each batch's insert.
 */
export async function writeHashedChain<Row extends { seq: number }>(tx: Database, count: number, genesis: string, source: HashedChainSource<Row>, batchSize = 20_000): Promise<ChainLink | null> {
  let prevHash = genesis;
  let last: ChainLink | null = null;
  for (let after = 0; after < count; after += batchSize) {
    const rows = await queryRows<Row>(tx, source.read(after, Math.min(count, after + batchSize)));
    const links = rows.map((row, index) => {
      if (row.seq !== after + index + 1) throw new Error(`the chain's content skips from ${after + index} to ${row.seq}`);
      const link = { seq: row.seq, prev_hash: prevHash, hash: source.hash(prevHash, row) };
      prevHash = link.hash;
      return link;
    });
    await tx.execute(source.insert(sql`${JSON.stringify(links)}::jsonb`));
    const end = links.at(-1);
    if (end) last = { seq: end.seq, prevHash: end.prev_hash, hash: end.hash };
  }
  return last;
}

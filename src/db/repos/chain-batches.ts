/**
 * Reads a hash chain in seq order a batch at a time, asking for the next batch before handing out the current
 * one: the database reads while this process hashes, so a verify runs at the pace of the slower of the two.
 */
export async function* readChainInBatches<Row extends { seq: number }>(fetchAfter: (afterSeq: number) => Promise<Row[]>, batchSize: number): AsyncGenerator<Row> {
  let pending = fetchAfter(0);
  for (;;) {
    const rows = await pending;
    const full = rows.length === batchSize;
    if (full) {
      pending = fetchAfter(rows.at(-1)!.seq);
      // A reader that stops early (a broken chain) never awaits this batch; its failure must not go unhandled.
      pending.catch(() => undefined);
    }
    for (const row of rows) yield row;
    if (!full) return;
  }
}

/** An ISO 8601 UTC instant with milliseconds, exactly as `Date.prototype.toISOString` writes it, made by the database. */
export const isoInstantSql = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

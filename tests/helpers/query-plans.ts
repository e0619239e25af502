import type { Logger } from 'drizzle-orm/logger';
import type { Database } from '../../src/db/database.js';

export interface CapturedStatement {
  text: string;
  params: unknown[];
}

/** A drizzle logger that keeps every statement the application sends, with its parameters. */
export function statementRecorder(): { logger: Logger; take(): CapturedStatement[] } {
  let statements: CapturedStatement[] = [];
  return {
    logger: { logQuery: (text, params) => void statements.push({ text, params }) },
    take() {
      const taken = statements;
      statements = [];
      return taken;
    },
  };
}

export interface SequentialScan {
  relation: string;
  rows: number;
  statement: string;
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
}

/** Statements with no plan to look at: transaction control, settings, LISTEN. */
const planless = /^\s*(begin|commit|rollback|savepoint|release|set|listen|unlisten|start transaction)\b/i;

function* nodesOf(node: PlanNode): Generator<PlanNode> {
  yield node;
  for (const child of node.Plans ?? []) yield* nodesOf(child);
}

/**
 * EXPLAINs each statement with its own parameters and answers every sequential scan of a table the planner
 * believes holds more than `minimumRows` rows: where an index should serve, a scan that grows with the whole
 * network is the slow page of next year. Run ANALYZE first so the row counts are real.
 */
export async function sequentialScansOfLargeTables(db: Database, statements: CapturedStatement[], minimumRows = 10_000): Promise<SequentialScan[]> {
  const client = (db as unknown as { $client: { query(text: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }> } }).$client;
  const sizes = new Map(
    (await client.query("select relname, reltuples::float8 as rows from pg_class where relkind = 'r' and relnamespace = 'public'::regnamespace")).rows.map((row) => [row.relname as string, row.rows as number]),
  );
  const found: SequentialScan[] = [];
  for (const statement of statements) {
    if (planless.test(statement.text)) continue;
    const [row] = (await client.query(`explain (format json) ${statement.text}`, statement.params)).rows;
    const plan = (row!['QUERY PLAN'] as { Plan: PlanNode }[])[0]!.Plan;
    for (const node of nodesOf(plan)) {
      if (node['Node Type'] !== 'Seq Scan' || !node['Relation Name']) continue;
      const rows = sizes.get(node['Relation Name']) ?? 0;
      if (rows > minimumRows) found.push({ relation: node['Relation Name'], rows, statement: statement.text });
    }
  }
  return found;
}

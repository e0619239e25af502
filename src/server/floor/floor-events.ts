import { sql } from 'drizzle-orm';
import type { Database, DatabaseHandle } from '../../db/database.js';

export const floorChannel = 'ketaclinic_floor';

export interface FloorChange {
  organisationId: string;
  locationId: string;
  sessionId: string;
}

/**
 * Tells every server process that a session on the floor changed. Sent inside the change's transaction:
 * PostgreSQL delivers it at commit, and not at all if the change rolls back.
 */
export async function notifyFloorChange(tx: Database, change: FloorChange): Promise<void> {
  await tx.execute(sql`select pg_notify(${floorChannel}, ${JSON.stringify(change)})`);
}

type Listener = (change: FloorChange) => void;

/**
 * One LISTEN per process, fanned out to the open floor streams of this process. Started on the first
 * subscriber, so processes that never serve the board hold no listening connection.
 */
export class FloorHub {
  private readonly listeners = new Set<Listener>();
  private started: Promise<() => Promise<void>> | null = null;

  constructor(private readonly database: DatabaseHandle) {}

  async subscribe(listener: Listener): Promise<() => void> {
    this.started ??= this.database.listen(floorChannel, (payload) => {
      let change: FloorChange;
      try {
        change = JSON.parse(payload) as FloorChange;
      } catch {
        return;
      }
      for (const each of this.listeners) each(change);
    });
    await this.started;
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.listeners.clear();
    if (this.started) await (await this.started)();
  }
}

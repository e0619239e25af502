import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { ledgerEntryInputSchema, witnessProblem, type LedgerEntryInput } from '../../../domain/ledger/ledger-entry.js';
import type { StoredLedgerRecord } from '../../../domain/ledger/ledger-chain.js';
import { AppError } from '../../../domain/shared/app-error.js';
import type { Database } from '../../../db/database.js';
import { appendLedgerEntry } from '../../../db/repos/ledger-repo.js';
import type { OrganisationScope } from '../../../db/repos/organisations-repo.js';
import { findSession } from '../../../db/repos/treatment-sessions-repo.js';
import { stockContainers } from '../../../db/schema/index.js';
import { requireCredentials } from '../../plugins/require-credentials.js';
import { validateWith } from '../../plugins/validate-with.js';
import { confirmWitness, type WitnessCredentials } from './witness-sign-in.js';

export interface MovementRequest {
  /** The entry as typed; `occurredAt` defaults to now, witnesses are filled from their sign-in. */
  raw: Record<string, unknown>;
  witness?: WitnessCredentials | undefined;
  witnesses?: WitnessCredentials[] | undefined;
  /** The session a waste belongs to (an administration names its own). */
  sessionId?: string | null;
  authorUserId: string;
  device: string;
  /** Where the entry sits in the request body, for field errors. */
  pointer: string;
}

/**
 * One movement on the ledger, checked the way every path must check it: witnesses signed in now, the kind's own
 * fields, and an administration tied to a real session (the append checks mg and mL against the product's strength).
 */
export async function recordMovement(tx: Database, scope: OrganisationScope, request: MovementRequest, now: Date): Promise<{ stored: StoredLedgerRecord; entry: LedgerEntryInput; patientId: string | null }> {
  const raw: Record<string, unknown> = { occurredAt: now.toISOString(), ...request.raw };
  const locationId = await containerLocation(tx, scope, raw.containerId, request.pointer);
  await requireCredentials(tx, scope, 'stock.handle', { userId: request.authorUserId, locationId, now });
  const witnessIds: string[] = [];
  if (raw.kind === 'waste') {
    if (!request.witness) throw new AppError('VALIDATION', 'Waste needs a witness who signs in now.', [{ in: 'body', pointer: '/witness', detail: 'Required for waste' }]);
    witnessIds.push(await confirmWitness(tx, scope, request.witness, request.authorUserId, locationId, now));
    raw.witnessUserId = witnessIds[0];
  }
  if (raw.kind === 'destruction') {
    if (!request.witnesses) throw new AppError('VALIDATION', 'Destruction needs two witnesses who sign in now.', [{ in: 'body', pointer: '/witnesses', detail: 'Two required' }]);
    for (const witness of request.witnesses) witnessIds.push(await confirmWitness(tx, scope, witness, request.authorUserId, locationId, now));
    raw.witnessUserIds = witnessIds;
  }
  const entry = validateWith(ledgerEntryInputSchema, raw, 'body', request.pointer);
  const problem = witnessProblem(entry.kind, request.authorUserId, witnessIds);
  if (problem) throw new AppError('VALIDATION', problem, [{ in: 'body', pointer: '/witness', detail: problem }]);
  let sessionId = request.sessionId ?? null;
  let patientId: string | null = null;
  if (entry.kind === 'administration') sessionId = entry.sessionId;
  if (sessionId) {
    const session = await findSession(tx, scope, sessionId);
    if (!session || (entry.kind === 'administration' && session.patientId !== entry.patientId)) throw new AppError('VALIDATION', 'No such session for this patient.', [{ in: 'body', pointer: `${request.pointer}/sessionId`, detail: 'Unknown session' }]);
    patientId = session.patientId;
  }
  const stored = await appendLedgerEntry(tx, scope, entry, { authorUserId: request.authorUserId, witnessUserIds: witnessIds, sessionId, patientId, correctsEntryId: entry.kind === 'correction' ? entry.correctsEntryId : null, device: request.device, fieldPointer: request.pointer }, now);
  return { stored, entry, patientId };
}

/** Where the container is kept: the registration its handling falls under. */
async function containerLocation(tx: Database, scope: OrganisationScope, containerId: unknown, pointer: string): Promise<string> {
  const unknown = new AppError('VALIDATION', 'No such container.', [{ in: 'body', pointer: `${pointer}/containerId`, detail: 'Unknown container' }]);
  if (typeof containerId !== 'string' || !z.uuid().safeParse(containerId).success) throw unknown;
  const [row] = await tx.select({ locationId: stockContainers.locationId }).from(stockContainers).where(and(eq(stockContainers.organisationId, scope.organisationId), eq(stockContainers.id, containerId)));
  if (!row) throw unknown;
  return row.locationId;
}

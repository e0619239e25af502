import type { FastifyRequest } from 'fastify';
import { and, eq } from 'drizzle-orm';
import { AppError } from '../../../domain/shared/app-error.js';
import type { Database } from '../../../db/database.js';
import { findClinicLocation, type ClinicLocationDetails, type OrganisationScope } from '../../../db/repos/organisations-repo.js';
import { storageLocations } from '../../../db/schema/index.js';

/** The workstation an entry came from (SPEC.md §3.2: user, timestamp and device), as its browser names itself. */
export function deviceOf(request: FastifyRequest): string {
  const agent = request.headers['user-agent'] ?? '';
  return `${request.ip} ${agent}`.trim().slice(0, 300);
}

/** The clinic location (and the safe or cabinet in it, when one is named), or a 400 naming the field. */
export async function requireStockLocation(tx: Database, scope: OrganisationScope, locationId: string, storageId?: string | null, pointer = '/locationId'): Promise<ClinicLocationDetails> {
  const location = await findClinicLocation(tx, scope, locationId);
  if (!location) throw new AppError('VALIDATION', 'No such location.', [{ in: 'body', pointer, detail: 'Unknown location' }]);
  if (storageId) {
    const [storage] = await tx.select({ id: storageLocations.id }).from(storageLocations).where(and(eq(storageLocations.organisationId, scope.organisationId), eq(storageLocations.id, storageId), eq(storageLocations.locationId, locationId)));
    if (!storage) throw new AppError('VALIDATION', 'No such safe or cabinet at this location.', [{ in: 'body', pointer: '/storageId', detail: 'Unknown storage at this location' }]);
  }
  return location;
}

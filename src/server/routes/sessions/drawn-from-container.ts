import { AppError } from '../../../domain/shared/app-error.js';
import type { Database } from '../../../db/database.js';
import type { OrganisationScope } from '../../../db/repos/organisations-repo.js';
import { listStockContainers } from '../../../db/repos/stock-repo.js';

/**
 * The drawn product read from the container on the ledger: its lot, expiry and strength, so what the chart says
 * was drawn is what the ledger will account for. The container must be in stock at the session's location, of
 * the route's form, not expired, and not shipped for another patient.
 */
export async function drawnFromContainer(
  tx: Database,
  scope: OrganisationScope,
  session: { locationId: string; patientId: string; scheduledFor: Date },
  containerId: string,
  esketamine: boolean,
  now: Date,
): Promise<{ containerId: string; lotNumber: string; expiresOn: string; concentrationMgPerMl?: number }> {
  const [container] = await listStockContainers(tx, scope, { containerIds: [containerId] });
  const refuse = (detail: string) => new AppError('VALIDATION', `This container cannot be drawn from: ${detail}.`, [{ in: 'body', pointer: '/drawn/containerId', detail }]);
  if (!container) throw refuse('unknown container');
  if (container.locationId !== session.locationId) throw refuse('it is stored at another location');
  if (container.state !== 'sealed' && container.state !== 'in-use') throw refuse(`it is ${container.state}`);
  if (container.balanceMg <= 0) throw refuse('it is empty');
  if ((container.form === 'nasal-device') !== esketamine) throw refuse(esketamine ? 'this session uses esketamine nasal devices' : 'this session needs a vial');
  if (container.reservedForPatient && container.reservedForPatient.id !== session.patientId) throw refuse('it was shipped for another patient');
  if (container.expiresOn < now.toISOString().slice(0, 10)) throw refuse(`its lot expired on ${container.expiresOn}`);
  return { containerId: container.id, lotNumber: container.lotNumber, expiresOn: container.expiresOn, ...(esketamine ? {} : { concentrationMgPerMl: container.strengthMgPerMl }) };
}

import type { Database } from '../database.js';
import { ensureClinicLocation, ensureOrganisation } from '../repos/organisations-repo.js';
import { demoLocations, demoOrganisation } from './demo-clinic.js';

export interface DemoLoadResult {
  organisationId: string;
  locationsCreated: number;
}

/** Loads the demo clinic; running it again changes nothing. */
export async function loadDemoClinic(db: Database): Promise<DemoLoadResult> {
  return db.transaction(async (tx) => {
    const organisation = await ensureOrganisation(tx, demoOrganisation);
    let locationsCreated = 0;
    for (const location of demoLocations) {
      if (await ensureClinicLocation(tx, { organisationId: organisation.id }, location)) locationsCreated += 1;
    }
    return { organisationId: organisation.id, locationsCreated };
  });
}

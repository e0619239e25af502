import type { Database } from '../../../db/database.js';
import { findOrganisationBySlug, listFirstOrganisations, type OrganisationRow } from '../../../db/repos/organisations-repo.js';
import { AppError } from '../../../domain/shared/app-error.js';

/**
 * The organisation this installation presents before anyone signs in: the one named by
 * KETACLINIC_ORGANISATION, or the only one there is.
 */
export async function resolveSiteOrganisation(db: Database, configuredSlug: string | undefined): Promise<OrganisationRow> {
  if (configuredSlug) {
    const organisation = await findOrganisationBySlug(db, configuredSlug);
    if (!organisation) throw new AppError('NOT_CONFIGURED', `KETACLINIC_ORGANISATION names "${configuredSlug}", which does not exist.`);
    return organisation;
  }
  const [first, second] = await listFirstOrganisations(db);
  if (!first) throw new AppError('NOT_CONFIGURED', 'No clinic is set up yet. Run `npx ketaclinic demo` to load the demo clinic.');
  if (second) throw new AppError('NOT_CONFIGURED', 'This installation holds several organisations: set KETACLINIC_ORGANISATION to the one to show.');
  return first;
}

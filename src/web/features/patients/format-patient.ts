import dayjs from 'dayjs';
import type { PatientDemographics } from '../../../domain/patients/patient';
import { formatAddressOneLine } from '../../../domain/organisations/clinic-location';

export const sexAtBirthLabels: Record<PatientDemographics['sexAtBirth'], string> = {
  female: 'Female',
  male: 'Male',
  intersex: 'Intersex',
  unknown: 'Unknown',
};

/** "Apr 12, 1980": month in words, so 04/12 and 12/04 cannot be confused. */
export const formatDate = (isoDate: string) => dayjs(isoDate).format('MMM D, YYYY');

/** Today's date where the browser is, as YYYY-MM-DD. */
export const todayIsoDate = () => dayjs().format('YYYY-MM-DD');

/** "Smith, Robert": how lists are sorted and scanned. */
export const formatListName = (patient: { givenName: string; familyName: string }) => `${patient.familyName}, ${patient.givenName}`;

export function formatPatientAddress(address: NonNullable<PatientDemographics['address']>): string {
  const line = formatAddressOneLine({ ...address, line2: address.line2 ?? undefined });
  return address.country === 'US' ? line : `${line}, ${address.country}`;
}

import { Checkbox, Group, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useSite } from '../../api/queries';
import { deaSchedules } from '../stock/stock-setup-types';
import { credentialStatuses, type CredentialKind } from './credential-types';
import { kindFields, type CredentialValues } from './credential-values';
import { statusLabels } from './credential-words';

const licenceTypes = [
  { value: 'MD', label: 'MD (physician)' },
  { value: 'DO', label: 'DO (osteopathic physician)' },
  { value: 'NP', label: 'NP (nurse practitioner)' },
  { value: 'PA', label: 'PA (physician assistant)' },
  { value: 'CRNA', label: 'CRNA (nurse anesthetist)' },
  { value: 'RN', label: 'RN (registered nurse)' },
  { value: 'LPN', label: 'LPN (licensed practical nurse)' },
  { value: 'LCSW', label: 'LCSW (clinical social worker)' },
  { value: 'LPC', label: 'LPC (professional counselor)' },
  { value: 'psychologist', label: 'Psychologist' },
];
const lifeSupportTypes = [
  { value: 'ACLS', label: 'ACLS (advanced cardiovascular life support)' },
  { value: 'BLS', label: 'BLS (basic life support)' },
  { value: 'PALS', label: 'PALS (pediatric advanced life support)' },
];

const words: Record<CredentialKind, { type: string; number: string; issuer: string }> = {
  licence: { type: 'Licence type', number: 'Licence number', issuer: 'Issued by (licensing board)' },
  npi: { type: '', number: 'NPI', issuer: '' },
  'dea-registration': { type: '', number: 'DEA registration number', issuer: '' },
  'board-certification': { type: 'Specialty', number: 'Certificate number', issuer: 'Certifying board' },
  'life-support': { type: 'Certification', number: 'Card number', issuer: 'Issued by' },
  training: { type: 'Training', number: 'Certificate number', issuer: 'Provided by' },
};

/** A choice list that still shows a value on file that is not among the usual ones. */
const withValue = (options: { value: string; label: string }[], value: string) => (value === '' || options.some((option) => option.value === value) ? options : [...options, { value, label: value }]);

interface Props {
  values: CredentialValues;
  errorOf: (field: string) => string | undefined;
  change: <K extends keyof CredentialValues>(field: K, value: CredentialValues[K]) => void;
}

/** The fields of one kind of credential; which are asked for, and which are required, is in `kindFields`. */
export function CredentialFields({ values, errorOf, change }: Props) {
  const site = useSite();
  const fields = kindFields[values.kind];
  const label = words[values.kind];
  const text = (field: 'type' | 'number' | 'issuer' | 'jurisdiction', inputLabel: string, description?: string) => (
    <TextInput label={inputLabel} description={description} value={values[field]} error={errorOf(field)} onChange={(event) => change(field, event.currentTarget.value)} />
  );
  const typeChoices = values.kind === 'licence' ? licenceTypes : values.kind === 'life-support' ? lifeSupportTypes : null;
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {fields.fixedType ? null : typeChoices ? (
          <NativeSelect label={label.type} data={withValue(typeChoices, values.type)} value={values.type} error={errorOf('type')} onChange={(event) => change('type', event.currentTarget.value)} />
        ) : (
          text('type', label.type)
        )}
        {fields.jurisdiction ? text('jurisdiction', fields.jurisdiction === 'required' ? 'State' : 'State (optional)', '2 capital letters, for example CO') : null}
        {text('number', label.number, values.kind === 'npi' ? '10 digits' : values.kind === 'dea-registration' ? '2 letters and 7 digits' : undefined)}
        {fields.issuer ? text('issuer', label.issuer) : null}
        {values.kind === 'dea-registration' ? (
          <NativeSelect
            label="Location it covers"
            data={[{ value: '', label: 'None of the clinic’s locations' }, ...(site.data?.locations ?? []).map((location) => ({ value: location.id, label: location.name }))]}
            value={values.locationId}
            error={errorOf('locationId')}
            onChange={(event) => change('locationId', event.currentTarget.value)}
          />
        ) : null}
        <TextInput label="Issued on" type="date" value={values.issuedOn} error={errorOf('issuedOn')} onChange={(event) => change('issuedOn', event.currentTarget.value)} />
        {fields.expiry === 'none' ? null : (
          <>
            <TextInput label={fields.expiry === 'required' ? 'Expires on' : 'Expires on (leave empty if it does not expire)'} type="date" value={values.expiresOn} error={errorOf('expiresAt')} onChange={(event) => change('expiresOn', event.currentTarget.value)} />
            <TextInput label="Expires at (your local time)" type="time" value={values.expiresTime} onChange={(event) => change('expiresTime', event.currentTarget.value)} />
          </>
        )}
        <NativeSelect label="Status" data={credentialStatuses.map((status) => ({ value: status, label: statusLabels[status] }))} value={values.status} error={errorOf('status')} onChange={(event) => change('status', event.currentTarget.value as CredentialValues['status'])} />
      </SimpleGrid>
      {values.kind === 'dea-registration' ? (
        <Checkbox.Group label="Schedules" description="As printed on the certificate" value={values.schedules} error={errorOf('schedules')} onChange={(ticked) => change('schedules', deaSchedules.filter((schedule) => ticked.includes(schedule)))}>
          <Group mt="xs">
            {deaSchedules.map((schedule) => (
              <Checkbox key={schedule} value={schedule} label={schedule} />
            ))}
          </Group>
        </Checkbox.Group>
      ) : null}
      {fields.listable ? <Checkbox label="Show on the public clinic page" checked={values.publiclyListed} onChange={(event) => change('publiclyListed', event.currentTarget.checked)} /> : null}
    </>
  );
}

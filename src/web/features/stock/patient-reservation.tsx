import { NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client';

/** Esketamine shipped for one patient (a REMS patient-specific supply) is reserved for them: find them by name or MRN. */
export function PatientReservation({ patientId, onChange, error }: { patientId: string; onChange: (patientId: string) => void; error?: string | undefined }) {
  const [query, setQuery] = useState('');
  const q = query.trim();
  const found = useQuery({ queryKey: ['patients', 'search', q, 'reservation'], queryFn: () => api.searchPatients({ q, limit: 10, offset: 0, includeArchived: false }), enabled: q.length >= 2 });
  const [chosenLabel, setChosenLabel] = useState('');
  const options = (found.data?.patients ?? []).map((patient) => ({ value: patient.id, label: `${patient.familyName}, ${patient.givenName} (${patient.mrn})` }));
  // The patient chosen stays on the list while another search runs.
  if (patientId && !options.some((option) => option.value === patientId)) options.unshift({ value: patientId, label: chosenLabel });
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <TextInput label="Find the patient (optional)" description="Name or MRN, for a shipment reserved for one patient" value={query} onChange={(event) => setQuery(event.currentTarget.value)} />
      <NativeSelect
        label="Reserved for"
        data={[{ value: '', label: 'No one (clinic stock)' }, ...options]}
        value={patientId}
        onChange={(event) => {
          const chosen = event.currentTarget.value;
          setChosenLabel(options.find((option) => option.value === chosen)?.label ?? '');
          onChange(chosen);
        }}
        error={error}
      />
    </SimpleGrid>
  );
}

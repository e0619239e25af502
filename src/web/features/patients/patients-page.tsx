import { Button, Checkbox, Group, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { NoAccess } from '../../components/no-access';
import { LabelledPagination } from '../../components/labelled-pagination';
import { ProblemAlert } from '../../components/problem-alert';
import { can } from '../auth/permissions';
import { useSignedInUser } from '../auth/signed-in-user';
import { usePatientSearch } from './patient-queries';
import { PatientsTable } from './patients-table';

const pageSize = 25;

export function PatientsPage() {
  const me = useSignedInUser();
  if (!can(me, 'patient.search')) return <NoAccess />;
  return <PatientSearch canCreate={can(me, 'patient.create')} canRead={can(me, 'patient.read')} />;
}

/**
 * Nothing is listed until the user types: every search result is disclosed to the user and audited, so the page
 * shows only the patients asked for (minimum necessary, 45 CFR 164.502(b)).
 */
function PatientSearch({ canCreate, canRead }: { canCreate: boolean; canRead: boolean }) {
  const [query, setQuery] = useState('');
  const [includeArchived, setIncludeArchived] = useState(false);
  const [page, setPage] = useState(1);
  const [debouncedQuery] = useDebouncedValue(query.trim(), 300);
  const search = usePatientSearch({ q: debouncedQuery, limit: pageSize, offset: (page - 1) * pageSize, includeArchived }, debouncedQuery !== '');
  const pages = search.data ? Math.ceil(search.data.total / pageSize) : 0;

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Patients</Title>
        {canCreate ? (
          <Button component={Link} to="/patients/new">
            New patient
          </Button>
        ) : null}
      </Group>
      <Group align="flex-end">
        <TextInput
          label="Search patients"
          description="Name (“rob smi” or “smith, rob”), MRN, or date of birth as YYYY-MM-DD"
          type="search"
          autoComplete="off"
          w={420}
          value={query}
          onChange={(event) => {
            setQuery(event.currentTarget.value);
            setPage(1);
          }}
        />
        <Checkbox
          label="Include archived patients"
          checked={includeArchived}
          onChange={(event) => {
            setIncludeArchived(event.currentTarget.checked);
            setPage(1);
          }}
        />
      </Group>
      {debouncedQuery === '' ? <Text c="dimmed">Type a name, MRN or date of birth to find a patient.</Text> : null}
      {debouncedQuery !== '' && search.isPending ? <Loader aria-label="Searching" /> : null}
      {search.isError ? <ProblemAlert error={search.error} title="The search did not work" /> : null}
      {debouncedQuery !== '' && search.data ? (
        search.data.total === 0 ? (
          <Text>No patients match “{debouncedQuery}”.</Text>
        ) : (
          <>
            <Text size="sm" c="dimmed">
              {search.data.total === 1 ? '1 patient found' : `${search.data.total} patients found`}
            </Text>
            <PatientsTable patients={search.data.patients} linkToRecord={canRead} />
            <LabelledPagination total={pages} value={page} onChange={setPage} />
          </>
        )
      ) : null}
    </Stack>
  );
}

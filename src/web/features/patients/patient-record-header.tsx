import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { ageInYears } from '../../../domain/patients/patient';
import type { PatientChartResponse } from '../../../server/routes/patients/patients.schemas';
import { ArchivePatientButton } from './archive-patient-button';
import { formatDate, todayIsoDate } from './format-patient';

export function PatientRecordHeader({ chart, canUpdate, canArchive, canRecordMeasure }: { chart: PatientChartResponse; canUpdate: boolean; canArchive: boolean; canRecordMeasure: boolean }) {
  const name = `${chart.givenName} ${chart.familyName}`;
  const age = ageInYears(chart.dateOfBirth, todayIsoDate());
  return (
    <Group justify="space-between" align="flex-start">
      <Stack gap={4}>
        <Group gap="sm">
          <Title order={2}>{name}</Title>
          {chart.archived ? <Badge color="gray">Archived</Badge> : null}
        </Group>
        <Text data-testid="patient-identifiers">
          MRN {chart.mrn} · Born {formatDate(chart.dateOfBirth)} · {age === 1 ? '1 year' : `${age} years`} old
        </Text>
      </Stack>
      <Group>
        {canRecordMeasure && !chart.archived ? (
          <Button component={Link} to={`/patients/${chart.id}/assessments/new`}>
            Record a measure
          </Button>
        ) : null}
        {canUpdate ? (
          <Button component={Link} to={`/patients/${chart.id}/edit`} variant="default">
            Edit demographics
          </Button>
        ) : null}
        {canArchive && !chart.archived ? <ArchivePatientButton patientId={chart.id} name={name} /> : null}
      </Group>
    </Group>
  );
}

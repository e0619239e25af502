import { Button, Card, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { ProblemAlert } from '../../components/problem-alert';
import { can } from '../auth/permissions';
import { useSignedInUser } from '../auth/signed-in-user';
import { formatDate } from '../patients/format-patient';
import { useRemsEnrolment } from './eligibility-queries';
import { RemsEnrolmentForm } from './rems-enrolment-form';

/** Spravato REMS: the patient must be enrolled before the first esketamine session. A prescriber records it. */
export function RemsEnrolmentCard({ patientId }: { patientId: string }) {
  const canRecord = can(useSignedInUser(), 'rems.record');
  const enrolment = useRemsEnrolment(patientId);
  const [editing, setEditing] = useState(false);
  const current = enrolment.data?.enrolment ?? null;
  return (
    <Card withBorder component="section" aria-labelledby="rems-title">
      <Stack gap="sm">
        <Title order={3} id="rems-title">
          Spravato REMS enrolment
        </Title>
        {enrolment.isPending ? <Loader size="sm" aria-label="Loading the REMS enrolment" /> : null}
        {enrolment.isError ? <ProblemAlert error={enrolment.error} title="The REMS enrolment could not be loaded" /> : null}
        {enrolment.isSuccess && current && !editing ? (
          <>
            <Table aria-label="REMS enrolment">
              <Table.Tbody>
                <Table.Tr>
                  <Table.Th scope="row">REMS patient ID</Table.Th>
                  <Table.Td>{current.remsPatientId}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th scope="row">Enrolled on</Table.Th>
                  <Table.Td>{formatDate(current.enrolledOn)}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th scope="row">Signed by the patient</Table.Th>
                  <Table.Td>{formatDate(current.patientSignedOn)}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th scope="row">Signed by the prescriber</Table.Th>
                  <Table.Td>
                    {current.prescriber.name}, {formatDate(current.prescriberSignedOn)}
                  </Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
            {canRecord ? (
              <Button variant="default" size="xs" onClick={() => setEditing(true)} style={{ alignSelf: 'flex-start' }}>
                Correct the enrolment
              </Button>
            ) : null}
          </>
        ) : null}
        {enrolment.isSuccess && !current && !canRecord ? <Text c="dimmed">Not enrolled yet. A prescriber records the enrolment.</Text> : null}
        {enrolment.isSuccess && canRecord && (!current || editing) ? (
          <>
            {current ? null : <Text size="sm">Not enrolled yet. Record the enrolment once the patient and you have signed the REMS form.</Text>}
            <RemsEnrolmentForm patientId={patientId} initial={current ? { remsPatientId: current.remsPatientId, enrolledOn: current.enrolledOn, patientSignedOn: current.patientSignedOn, prescriberSignedOn: current.prescriberSignedOn } : null} onDone={() => setEditing(false)} />
          </>
        ) : null}
      </Stack>
    </Card>
  );
}

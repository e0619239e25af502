import { Anchor, Loader, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import type { ConsentKind } from '../../../domain/consent/consent-document';
import { NoAccess } from '../../components/no-access';
import { ProblemAlert } from '../../components/problem-alert';
import { can } from '../auth/permissions';
import { useSignedInUser } from '../auth/signed-in-user';
import { usePatientChart } from '../patients/patient-queries';
import { useConsentDocuments, usePatientConsents } from './consent-queries';
import { ConsentStatusCard, type ConsentAbilities } from './consent-status-card';
import { SignConsentForm } from './sign-consent-form';

/** Consent for each kind of treatment: read and sign (in clinic on a tablet, or in the portal), countersign, revoke. */
export function ConsentPage() {
  const me = useSignedInUser();
  const { patientId } = useParams({ from: '/signed-in/patients/$patientId/consent' });
  if (!can(me, 'consent.read')) return <NoAccess />;
  const abilities: ConsentAbilities = { canSign: can(me, 'consent.sign'), canCountersign: can(me, 'consent.countersign'), canRevoke: can(me, 'consent.revoke') };
  return <PatientConsents patientId={patientId} abilities={abilities} isStaff={me.user.kind === 'staff'} />;
}

function PatientConsents({ patientId, abilities, isStaff }: { patientId: string; abilities: ConsentAbilities; isStaff: boolean }) {
  const chart = usePatientChart(patientId);
  const consents = usePatientConsents(patientId);
  const documents = useConsentDocuments();
  const [signing, setSigning] = useState<ConsentKind | null>(null);

  const name = chart.data ? `${chart.data.givenName} ${chart.data.familyName}` : null;
  const header = (
    <Stack gap={4}>
      <Title order={2}>Consent{name ? ` for ${name}` : ''}</Title>
      <Anchor component={Link} to={`/patients/${patientId}`} size="sm">
        Back to the record
      </Anchor>
    </Stack>
  );

  if (consents.isPending || documents.isPending) return <Loader aria-label="Loading the consents" />;
  if (consents.isError || documents.isError) {
    return (
      <Stack maw={880}>
        {header}
        <ProblemAlert error={consents.error ?? documents.error} title="The consents could not be loaded" />
      </Stack>
    );
  }

  const document = signing ? documents.data.documents.find((candidate) => candidate.kind === signing) : undefined;
  if (document) {
    const close = () => {
      setSigning(null);
      window.scrollTo?.({ top: 0 });
    };
    return (
      <Stack maw={880}>
        {header}
        <SignConsentForm key={document.id} patientId={patientId} document={document} handedToPatient={isStaff} onDone={close} onCancel={close} />
      </Stack>
    );
  }

  return (
    <Stack maw={880}>
      {header}
      <Text>Each kind of treatment has its own consent. Treatment needs the current version signed by the patient and countersigned by a clinician.</Text>
      {consents.data.statuses.map((status) => (
        <ConsentStatusCard
          key={status.kind}
          patientId={patientId}
          status={status}
          signature={consents.data.signatures.find((signature) => signature.id === status.signatureId)}
          abilities={abilities}
          onReadAndSign={() => setSigning(status.kind)}
        />
      ))}
    </Stack>
  );
}

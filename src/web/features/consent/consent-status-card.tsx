import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import dayjs from 'dayjs';
import { ProblemAlert } from '../../components/problem-alert';
import { consentApi, type ConsentSignature, type ConsentStatusEntry } from './consent-api';
import { useConsentChange } from './consent-queries';
import { consentKindLabels, consentStateLabels, shortHash } from './consent-words';
import { RevokeConsentButton } from './revoke-consent-button';

export interface ConsentAbilities {
  canSign: boolean;
  canCountersign: boolean;
  canRevoke: boolean;
}

const formatMoment = (iso: string) => dayjs(iso).format('MMM D, YYYY h:mm A');

function SignatureFacts({ signature }: { signature: ConsentSignature }) {
  return (
    <Stack gap={2}>
      <Text size="sm">
        Signed by {signature.typedName} on {formatMoment(signature.signedAt)} ({signature.signedVia === 'portal' ? 'in the patient portal' : `in clinic, with ${signature.collectedBy}`}), version{' '}
        {signature.documentVersion}, fingerprint {shortHash(signature.documentHash)}.
      </Text>
      {signature.countersignedAt ? (
        <Text size="sm">
          Countersigned by {signature.countersignedBy ?? 'a clinician'} on {formatMoment(signature.countersignedAt)}.
        </Text>
      ) : null}
      {signature.revokedAt ? (
        <Text size="sm">
          Revoked on {formatMoment(signature.revokedAt)}
          {signature.revocationReason ? `: ${signature.revocationReason}` : '.'}
        </Text>
      ) : null}
    </Stack>
  );
}

/** One kind of consent: where the patient stands, the newest signature, and what the signed-in user may do next. */
export function ConsentStatusCard({
  patientId,
  status,
  signature,
  abilities,
  onReadAndSign,
}: {
  patientId: string;
  status: ConsentStatusEntry;
  signature: ConsentSignature | undefined;
  abilities: ConsentAbilities;
  onReadAndSign: () => void;
}) {
  const label = consentKindLabels[status.kind];
  const state = consentStateLabels[status.state];
  const countersign = useConsentChange(patientId, (consentId: string) => consentApi.countersign(patientId, consentId));
  const toSign = status.state === 'not-signed' || status.state === 'new-version-to-sign' || status.state === 'revoked';
  const signed = status.state === 'awaiting-countersignature' || status.state === 'current';
  return (
    <Card withBorder component="section" aria-label={label} padding="lg">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Title order={3}>{label}</Title>
          <Badge color={state.color} size="lg">
            {state.label}
          </Badge>
        </Group>
        <Text>{state.explanation}</Text>
        {signature ? <SignatureFacts signature={signature} /> : null}
        {countersign.isError ? <ProblemAlert error={countersign.error} title="The consent was not countersigned" /> : null}
        <Group>
          {toSign && abilities.canSign ? (
            <Button size="md" onClick={onReadAndSign}>
              Read and sign
            </Button>
          ) : null}
          {status.state === 'awaiting-countersignature' && status.signatureId && abilities.canCountersign ? (
            <Button size="md" onClick={() => countersign.mutate(status.signatureId!)} loading={countersign.isPending}>
              Countersign
            </Button>
          ) : null}
          {signed && status.signatureId && abilities.canRevoke ? <RevokeConsentButton patientId={patientId} consentId={status.signatureId} kindLabel={label} /> : null}
        </Group>
      </Stack>
    </Card>
  );
}

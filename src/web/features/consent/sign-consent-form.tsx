import { Alert, Button, Card, Checkbox, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ApiProblem } from '../../api/client';
import { serverErrorsAt } from '../../api/field-errors';
import { ProblemAlert } from '../../components/problem-alert';
import { consentApi, type ConsentDocument } from './consent-api';
import { consentKeys, useConsentChange } from './consent-queries';
import { ConsentDocumentView } from './consent-document-view';
import { shortHash } from './consent-words';
import { SignaturePad } from './signature-pad';

const acknowledgement = 'I have read this document and had my questions answered';

/**
 * The patient reads the whole document, then signs: their full name typed, a drawn signature and the
 * acknowledgement. The version and fingerprint of the text they read stand next to the signature.
 */
export function SignConsentForm({ patientId, document, handedToPatient, onDone, onCancel }: { patientId: string; document: ConsentDocument; handedToPatient: boolean; onDone: () => void; onCancel: () => void }) {
  const queryClient = useQueryClient();
  const [typedName, setTypedName] = useState('');
  const [signatureImage, setSignatureImage] = useState<string | null>(null);
  const [acknowledged, setAcknowledged] = useState(false);
  const sign = useConsentChange(patientId, (image: string) => consentApi.sign(patientId, { documentId: document.id, typedName: typedName.trim(), signatureImage: image }), onDone);

  const ready = acknowledged && typedName.trim().length >= 2 && signatureImage !== null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (ready) sign.mutate(signatureImage);
  };
  const replacedBy = sign.error instanceof ApiProblem && sign.error.status === 409 ? sign.error.message : null;
  const readNewVersion = () => {
    sign.reset();
    void queryClient.invalidateQueries({ queryKey: consentKeys.documents });
    void queryClient.invalidateQueries({ queryKey: consentKeys.patient(patientId) });
    onCancel();
  };

  return (
    <Stack gap="lg">
      {handedToPatient ? (
        <Alert color="blue" title="Hand the tablet to the patient">
          The patient reads the document, asks any questions, and signs it themselves.
        </Alert>
      ) : null}
      <Card withBorder padding="lg">
        <ConsentDocumentView content={document.content} />
      </Card>
      <Card withBorder padding="lg" component="form" onSubmit={submit} aria-label="Sign this consent" noValidate>
        <Stack gap="md">
          <Title order={3}>Sign</Title>
          <Checkbox label={acknowledgement} checked={acknowledged} onChange={(event) => setAcknowledged(event.currentTarget.checked)} size="md" />
          <TextInput
            label="Your full name"
            autoComplete="name"
            size="md"
            value={typedName}
            onChange={(event) => setTypedName(event.currentTarget.value)}
            error={serverErrorsAt(sign.error, '/typedName').join(' ') || undefined}
          />
          <SignaturePad typedName={typedName} onChange={setSignatureImage} error={serverErrorsAt(sign.error, '/signatureImage').join(' ') || undefined} />
          <Text size="sm" c="dimmed" data-testid="signed-document">
            You are signing version {document.version} of this document (fingerprint {shortHash(document.contentHash)}).
          </Text>
          {replacedBy ? (
            <Alert color="orange" title="A newer version of this document was published" role="alert">
              {replacedBy}
              <Group mt="sm">
                <Button variant="light" onClick={readNewVersion}>
                  Read the new version
                </Button>
              </Group>
            </Alert>
          ) : sign.isError ? (
            <ProblemAlert error={sign.error} title="The consent was not signed" />
          ) : null}
          {!ready ? <Text size="sm">To sign, tick the box, type your full name and draw your signature.</Text> : null}
          <Group>
            <Button type="submit" size="md" disabled={!ready} loading={sign.isPending}>
              Sign
            </Button>
            <Button variant="default" size="md" onClick={onCancel} disabled={sign.isPending}>
              Cancel
            </Button>
          </Group>
        </Stack>
      </Card>
    </Stack>
  );
}

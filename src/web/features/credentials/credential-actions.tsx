import { Button, Group, Modal } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { CredentialForm } from './credential-form';
import type { CredentialView } from './credential-types';
import { DocumentUploadForm } from './document-upload-form';
import { VerificationForm } from './verification-form';

/** Edit, record a check, attach a document: each in its own dialog, a fresh form each time it opens. */
export function CredentialActions({ credential, title }: { credential: CredentialView; title: string }) {
  const [editing, edit] = useDisclosure();
  const [verifying, verify] = useDisclosure();
  const [attaching, attach] = useDisclosure();
  return (
    <Group gap="xs">
      <Button size="xs" variant="default" onClick={edit.open} aria-label={`Edit ${title}`}>
        Edit
      </Button>
      <Button size="xs" variant="default" onClick={verify.open} aria-label={`Record a verification of ${title}`}>
        Record a verification
      </Button>
      <Button size="xs" variant="default" onClick={attach.open} aria-label={`Attach a document to ${title}`}>
        Attach a document
      </Button>
      <Modal opened={editing} onClose={edit.close} title={`Edit ${title}`} size="lg">
        {editing ? <CredentialForm credential={credential} onDone={edit.close} onCancel={edit.close} /> : null}
      </Modal>
      <Modal opened={verifying} onClose={verify.close} title={`Verification of ${title}`} size="lg">
        {verifying ? <VerificationForm credential={credential} onDone={verify.close} onCancel={verify.close} /> : null}
      </Modal>
      <Modal opened={attaching} onClose={attach.close} title={`Document for ${title}`}>
        {attaching ? <DocumentUploadForm credential={credential} onDone={attach.close} onCancel={attach.close} /> : null}
      </Modal>
    </Group>
  );
}

import { Button, Group, Input, Stack } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { ApiProblem } from '../../api/client';
import { ProblemAlert } from '../../components/problem-alert';
import { credentialApi } from './credential-api';
import { useCredentialChange } from './credential-queries';
import type { CredentialView } from './credential-types';

/** What the server accepts (it checks the file's first bytes too); 5 MiB, as the database allows. */
export const documentTypes = ['application/pdf', 'image/png', 'image/jpeg'];
export const maxDocumentBytes = 5 * 1024 * 1024;

/** What is wrong with the chosen file before it is sent, if anything. */
export function documentProblem(file: File | null): string | undefined {
  if (!file) return 'Choose a file';
  if (!documentTypes.includes(file.type)) return 'Only PDF, PNG or JPEG files can be attached';
  if (file.size === 0) return 'The file is empty';
  if (file.size > maxDocumentBytes) return 'The file is larger than 5 MB';
  return undefined;
}

const failureTitle = (error: unknown) => {
  if (error instanceof ApiProblem && error.status === 413) return 'The file is too large';
  if (error instanceof ApiProblem && error.status === 415) return 'This kind of file cannot be attached';
  return 'The document was not attached';
};

/** Attaches a scan or PDF of the credential; the file's bytes are the request's body. */
export function DocumentUploadForm({ credential, onDone, onCancel }: { credential: CredentialView; onDone: () => void; onCancel: () => void }) {
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string>();
  const upload = useCredentialChange((chosen: File) => credentialApi.uploadDocument(credential.id, chosen), onDone);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = documentProblem(file);
    setProblem(found);
    upload.reset();
    if (!found && file) upload.mutate(file);
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Attach a document">
      <Stack gap="sm">
        <Input.Wrapper id={inputId} label="Document" description="PDF, PNG or JPEG, up to 5 MB" error={problem}>
          <input
            id={inputId}
            type="file"
            accept={documentTypes.join(',')}
            aria-invalid={problem ? true : undefined}
            onChange={(event) => {
              setFile(event.currentTarget.files?.[0] ?? null);
              setProblem(undefined);
            }}
          />
        </Input.Wrapper>
        {upload.isError ? <ProblemAlert error={upload.error} title={failureTitle(upload.error)} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={upload.isPending}>
            Attach document
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

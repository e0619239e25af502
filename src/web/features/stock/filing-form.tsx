import { Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import dayjs from 'dayjs';
import { useState, type FormEvent } from 'react';
import { serverFieldErrors } from '../../api/field-errors';
import { ProblemAlert } from '../../components/problem-alert';
import { fromLocalInput } from '../sessions/local-time';
import { stockApi } from './stock-api';
import { useStockChange } from './stock-queries';
import type { FilingBody } from './stock-types';

const words: Record<FilingBody['kind'], { title: string; reference: string; button: string }> = {
  'written-notice': { title: 'Written notice sent to the DEA Field Division', reference: 'How it was sent (e-mail, fax) and to whom', button: 'Record the written notice' },
  'form-106': { title: 'DEA Form 106 filed', reference: 'Form 106 confirmation number', button: 'Record Form 106 filed' },
};

/** Records that a report went to the DEA: when, and its reference. The report itself is sent outside Ketaclinic. */
export function FilingForm({ caseId, kind }: { caseId: string; kind: FilingBody['kind'] }) {
  const [at, setAt] = useState(() => dayjs().format('YYYY-MM-DDTHH:mm'));
  const [reference, setReference] = useState('');
  const [missing, setMissing] = useState<{ at?: string; reference?: string }>({});
  const file = useStockChange((body: FilingBody) => stockApi.file(caseId, body));
  const fromServer = serverFieldErrors(file.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const iso = fromLocalInput(at);
    const problems = { ...(iso ? {} : { at: 'When was it sent?' }), ...(reference.trim().length >= 3 ? {} : { reference: 'Say where it went, or the confirmation number' }) };
    setMissing(problems);
    file.reset();
    if (Object.keys(problems).length === 0 && iso) file.mutate({ kind, at: iso, reference: reference.trim() });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={words[kind].title}>
      <Stack gap="xs">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="When" type="datetime-local" value={at} onChange={(event) => setAt(event.currentTarget.value)} error={missing.at ?? fromServer.at} />
          <TextInput label={words[kind].reference} value={reference} onChange={(event) => setReference(event.currentTarget.value)} error={missing.reference ?? fromServer.reference} />
        </SimpleGrid>
        {file.isError ? <ProblemAlert error={file.error} title="It was not recorded" /> : null}
        <Group>
          <Button type="submit" variant="default" loading={file.isPending}>
            {words[kind].button}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

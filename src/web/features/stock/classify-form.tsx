import { Button, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { serverFieldErrors } from '../../api/field-errors';
import { ProblemAlert } from '../../components/problem-alert';
import { minimumRationaleChars } from './case-deadlines';
import { stockApi } from './stock-api';
import { useStockChange } from './stock-queries';
import type { Classification } from './stock-types';

type Kind = Classification['kind'];

/** After investigation: not significant (with the reasons written down), or a theft or significant loss to report to the DEA. */
export function ClassifyForm({ caseId }: { caseId: string }) {
  const [kind, setKind] = useState<Kind | ''>('');
  const [rationale, setRationale] = useState('');
  const [missing, setMissing] = useState<{ kind?: string; rationale?: string }>({});
  const classify = useStockChange((body: Classification) => stockApi.classify(caseId, body));
  const fromServer = serverFieldErrors(classify.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    classify.reset();
    if (kind === '') return setMissing({ kind: 'Choose what the investigation found' });
    if (kind === 'not-significant' && rationale.trim().length < minimumRationaleChars) return setMissing({ rationale: `Write at least ${minimumRationaleChars} characters` });
    setMissing({});
    classify.mutate(kind === 'not-significant' ? { kind, rationale: rationale.trim() } : { kind });
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Classify the case">
      <Stack gap="sm">
        <Radio.Group label="What the investigation found" value={kind} onChange={(value) => setKind(value as Kind)} error={missing.kind}>
          <Stack gap={6} mt="xs">
            <Radio value="not-significant" label="Not significant: close the case with the reasons" />
            <Radio value="theft" label="Theft: report to the DEA" />
            <Radio value="significant-loss" label="Significant loss: report to the DEA" />
          </Stack>
        </Radio.Group>
        {kind === 'not-significant' ? (
          <Textarea
            label="Why it is not significant"
            description={`At least ${minimumRationaleChars} characters: quantity, pattern, what was found. ${rationale.trim().length} so far.`}
            minRows={3}
            value={rationale}
            onChange={(event) => setRationale(event.currentTarget.value)}
            error={missing.rationale ?? fromServer.rationale}
          />
        ) : null}
        {kind === 'theft' || kind === 'significant-loss' ? <Text size="sm">Reporting starts the clocks: written notice to the DEA Field Division within one business day of discovery, and Form 106 within 45 days.</Text> : null}
        {classify.isError ? <ProblemAlert error={classify.error} title="The case was not classified" /> : null}
        <Group>
          <Button type="submit" loading={classify.isPending}>
            Classify
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

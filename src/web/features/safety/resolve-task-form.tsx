import { Button, Checkbox, Group, NativeSelect, Stack, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { ResolveSafetyTaskBody } from '../../api/measure-types';
import { serverFieldErrors } from '../../api/field-errors';
import { ProblemAlert } from '../../components/problem-alert';
import { dispositionLabels, type Disposition } from './format-safety';

interface ResolveTaskFormProps {
  onSubmit: (body: ResolveSafetyTaskBody) => void;
  onCancel: () => void;
  submitting: boolean;
  error: unknown;
}

const dispositionOptions = [{ value: '', label: 'Choose…' }, ...Object.entries(dispositionLabels).map(([value, label]) => ({ value, label }))];
const minimumNoteLength = 10;

export function ResolveTaskForm({ onSubmit, onCancel, submitting, error }: ResolveTaskFormProps) {
  const [cssrsCompleted, setCssrsCompleted] = useState(false);
  const [safetyPlanReviewed, setSafetyPlanReviewed] = useState(false);
  const [disposition, setDisposition] = useState<Disposition | ''>('');
  const [note, setNote] = useState('');
  const [clientErrors, setClientErrors] = useState<{ disposition?: string; note?: string }>({});
  const server = serverFieldErrors(error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors = {
      ...(disposition === '' ? { disposition: 'Choose what happens next' } : {}),
      ...(note.trim().length < minimumNoteLength ? { note: `Say what was done (at least ${minimumNoteLength} characters)` } : {}),
    };
    setClientErrors(errors);
    if (disposition !== '' && Object.keys(errors).length === 0) onSubmit({ cssrsCompleted, safetyPlanReviewed, disposition, note: note.trim() });
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Document the response">
      <Stack>
        {error ? <ProblemAlert error={error} title="The response was not saved" /> : null}
        <Checkbox label="C-SSRS completed" checked={cssrsCompleted} onChange={(event) => setCssrsCompleted(event.currentTarget.checked)} error={server.cssrsCompleted} />
        <Checkbox label="Safety plan reviewed" checked={safetyPlanReviewed} onChange={(event) => setSafetyPlanReviewed(event.currentTarget.checked)} error={server.safetyPlanReviewed} />
        <NativeSelect
          label="Disposition"
          data={dispositionOptions}
          value={disposition}
          onChange={(event) => setDisposition(event.currentTarget.value as Disposition | '')}
          error={clientErrors.disposition ?? server.disposition}
        />
        <Textarea
          label="What was done"
          description="Who spoke with the patient, what was found, and what was agreed."
          rows={4}
          maxLength={4000}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          error={clientErrors.note ?? server.note}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={submitting}>
            Cancel
          </Button>
          <Button type="submit" loading={submitting}>
            Save and close the task
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

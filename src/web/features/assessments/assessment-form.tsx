import { Alert, Button, Fieldset, Group, Loader, NativeSelect, Paper, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { findInstrument } from '../../../domain/instruments/registry';
import { serverErrorsAt } from '../../api/field-errors';
import type { NewAssessmentBody } from '../../api/measure-types';
import { ProblemAlert } from '../../components/problem-alert';
import { askedItems, withoutUnasked } from '../instruments/asked-items';
import { raterLabels } from '../instruments/format-instrument';
import { useFormDraft } from '../patients/use-form-draft';
import { emptyAssessmentForm, type AssessmentFormValues } from './assessment-form-values';
import { useInstrumentWithClinicText } from './clinic-item-text';
import { purposeLabels, type AssessmentPurpose } from './assessment-purposes';
import { describePreview, itemErrors } from './describe-score';
import { InstrumentSelect } from './instrument-select';
import { ItemAnswerInput } from './item-answer-input';
import { ScoringContextFields, scoringContext } from './scoring-context-fields';

export interface AssessmentFormProps {
  patientId: string;
  /** Rejects with the server's problem; its errors at '/answers/<key>' appear under those items. */
  onSubmit: (body: NewAssessmentBody) => Promise<unknown>;
  onCancel: () => void;
  submitting: boolean;
  error: unknown;
}

const purposeOptions = Object.entries(purposeLabels).map(([value, label]) => ({ value, label }));

export function AssessmentForm({ patientId, onSubmit, onCancel, submitting, error }: AssessmentFormProps) {
  const draft = useFormDraft<AssessmentFormValues>(`new-assessment:${patientId}`, emptyAssessmentForm);
  const values = draft.values;
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [changedSinceSubmit, setChangedSinceSubmit] = useState<ReadonlySet<string>>(new Set());
  const chosen = useInstrumentWithClinicText(findInstrument(values.instrumentId));
  const instrument = chosen.instrument;
  const context = scoringContext(values.instrumentId, values.context);

  const fieldError = (field: string, pointer: string) => (changedSinceSubmit.has(field) ? undefined : clientErrors[field] ?? (serverErrorsAt(error, pointer).join(' ') || undefined));
  const touch = (field: string) => setChangedSinceSubmit((current) => new Set(current).add(field));

  const chooseInstrument = (instrumentId: string) => {
    draft.change({ ...values, instrumentId, answers: {} });
    setClientErrors({});
    touch('instrumentId');
  };
  const answer = (key: string, value: number | undefined) => {
    if (!instrument) return;
    const { [key]: _previous, ...others } = values.answers;
    draft.change({ ...values, answers: withoutUnasked(instrument, value === undefined ? others : { ...others, [key]: value }) });
    touch(key);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChangedSinceSubmit(new Set());
    if (!instrument) return setClientErrors({ instrumentId: 'Choose an instrument' });
    const errors = itemErrors(instrument, values.answers, context);
    setClientErrors(errors);
    if (Object.keys(errors).length > 0) return;
    try {
      await onSubmit({ instrumentId: instrument.id, answers: values.answers, purpose: values.purpose, ...(Object.keys(context).length > 0 ? { context } : {}) });
      draft.forget();
    } catch {
      // The caller's mutation holds the error; it is shown through `error`.
    }
  };
  const cancel = () => {
    draft.forget();
    onCancel();
  };
  const unplacedErrors = instrument ? Object.keys(clientErrors).filter((key) => !askedItems(instrument, values.answers).some((item) => item.key === key)) : [];

  return (
    <form onSubmit={submit} noValidate aria-label="Record a measure">
      <Stack>
        {draft.restored ? (
          <Alert color="blue" title="Restored what you entered">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">These answers were entered earlier but not saved. Check them, then save.</Text>
              <Button size="xs" variant="default" onClick={draft.discard}>
                Discard them and start again
              </Button>
            </Stack>
          </Alert>
        ) : null}
        {error ? <ProblemAlert error={error} title="The measure was not saved" /> : null}
        <InstrumentSelect value={values.instrumentId} onChange={chooseInstrument} error={fieldError('instrumentId', '/instrumentId')} />
        {chosen.loading ? <Loader size="sm" aria-label="Loading the items" /> : null}
        {instrument && !chosen.loading ? (
          <>
            <Text size="sm" c="dimmed">
              Rated by: {raterLabels[instrument.rater]}. Asks about: {instrument.recallPeriod}.
            </Text>
            <ScoringContextFields
              instrumentId={instrument.id}
              values={values.context}
              onChange={(next) => draft.change({ ...values, context: next })}
              errors={{ sex: serverErrorsAt(error, '/context/sex')[0], substance: serverErrorsAt(error, '/context/substance')[0] }}
            />
            <Fieldset legend="Answers">
              <Stack gap="lg">
                {askedItems(instrument, values.answers).map((item) => (
                  <ItemAnswerInput key={item.key} item={item} value={values.answers[item.key]} onChange={(value) => answer(item.key, value)} error={fieldError(item.key, `/answers/${item.key}`)} />
                ))}
              </Stack>
            </Fieldset>
            {unplacedErrors.length > 0 ? (
              <Alert color="red" role="alert">
                {unplacedErrors.map((key) => clientErrors[key]).join(' ')}
              </Alert>
            ) : null}
            <NativeSelect
              label="Purpose"
              data={purposeOptions}
              value={values.purpose}
              onChange={(event) => draft.change({ ...values, purpose: event.currentTarget.value as AssessmentPurpose })}
              error={serverErrorsAt(error, '/purpose')[0]}
              maw={320}
            />
            <Paper withBorder p="sm" role="status" aria-label="Score preview">
              <Text size="sm" c="dimmed">
                Score so far
              </Text>
              <Text fw={600}>{describePreview(instrument, values.answers, context)}</Text>
            </Paper>
          </>
        ) : null}
        <Group>
          <Button type="submit" loading={submitting}>
            Save measure
          </Button>
          <Button variant="default" onClick={cancel} disabled={submitting}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

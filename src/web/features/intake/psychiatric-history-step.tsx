import { Checkbox, NumberInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { assessTreatmentResistance } from '../../../domain/intake/intake-progress';
import { psychiatricHistorySectionSchema } from '../../../domain/intake/intake-sections';
import { AntidepressantTrialsTable, type TrialForm } from './antidepressant-trials-table';
import { fromNumberField, type NumberField, optionalText, readNumberInput, type SectionStep, toNumberField } from './section-step';
import { TreatmentResistanceSummary } from './treatment-resistance-summary';

const flags = [
  ['psychosisHistory', 'Past psychosis'],
  ['maniaHistory', 'Past mania or hypomania'],
  ['currentPsychosis', 'Psychosis now'],
  ['currentMania', 'Mania or hypomania now'],
] as const;
type Flag = (typeof flags)[number][0];

type PsychiatricHistoryForm = Record<Flag, boolean> & {
  trials: TrialForm[];
  psychotherapy: string;
  hospitalisations: NumberField;
  suicideAttempts: NumberField;
  mostRecentSuicideAttemptOn: string;
  notes: string;
};

function toValue(form: PsychiatricHistoryForm) {
  return {
    antidepressantTrials: form.trials.map((trial) => ({ drug: trial.drug, doseMgPerDay: fromNumberField(trial.doseMgPerDay), weeks: fromNumberField(trial.weeks), response: trial.response || undefined })),
    psychotherapy: optionalText(form.psychotherapy),
    hospitalisations: fromNumberField(form.hospitalisations),
    suicideAttempts: fromNumberField(form.suicideAttempts),
    mostRecentSuicideAttemptOn: form.suicideAttempts === '' || form.suicideAttempts === 0 ? null : optionalText(form.mostRecentSuicideAttemptOn),
    psychosisHistory: form.psychosisHistory,
    maniaHistory: form.maniaHistory,
    currentPsychosis: form.currentPsychosis,
    currentMania: form.currentMania,
    notes: optionalText(form.notes),
  };
}

const emptyHistory = { antidepressantTrials: [], hospitalisations: 0, suicideAttempts: 0, psychosisHistory: false, maniaHistory: false, currentPsychosis: false, currentMania: false };

/** Worked out as the trials are typed, from the complete rows only; the server works it out again on save. */
function liveTreatmentResistance(form: PsychiatricHistoryForm) {
  const complete = form.trials.filter((trial) => trial.drug.trim() !== '' && trial.weeks !== '' && trial.response !== '');
  const parsed = psychiatricHistorySectionSchema.shape.antidepressantTrials.safeParse(toValue({ ...form, trials: complete }).antidepressantTrials);
  return parsed.success ? assessTreatmentResistance({ 'psychiatric-history': { ...emptyHistory, antidepressantTrials: parsed.data } }) : null;
}

export const psychiatricHistoryStep: SectionStep<'psychiatric-history', PsychiatricHistoryForm> = {
  name: 'psychiatric-history',
  title: 'Psychiatric history',
  toForm: (saved) => ({
    trials: (saved?.antidepressantTrials ?? []).map((trial) => ({ ...trial })),
    psychotherapy: saved?.psychotherapy ?? '',
    hospitalisations: toNumberField(saved?.hospitalisations),
    suicideAttempts: toNumberField(saved?.suicideAttempts),
    mostRecentSuicideAttemptOn: saved?.mostRecentSuicideAttemptOn ?? '',
    psychosisHistory: saved?.psychosisHistory ?? false,
    maniaHistory: saved?.maniaHistory ?? false,
    currentPsychosis: saved?.currentPsychosis ?? false,
    currentMania: saved?.currentMania ?? false,
    notes: saved?.notes ?? '',
  }),
  toValue,
  Fields: ({ form, onChange, errorAt }) => (
    <Stack>
      <AntidepressantTrialsTable trials={form.trials} onChange={(trials) => onChange({ ...form, trials })} errorAt={(path) => errorAt(`antidepressantTrials.${path}`)} />
      <TreatmentResistanceSummary summary={liveTreatmentResistance(form)} />
      <Textarea label="Psychotherapy" description="What kinds, for how long, and how it went" rows={2} value={form.psychotherapy} onChange={(event) => onChange({ ...form, psychotherapy: event.currentTarget.value })} error={errorAt('psychotherapy')} />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NumberInput label="Psychiatric hospitalisations" min={0} allowDecimal={false} value={form.hospitalisations} onChange={(value) => onChange({ ...form, hospitalisations: readNumberInput(value) })} error={errorAt('hospitalisations')} />
        <NumberInput label="Suicide attempts" min={0} allowDecimal={false} value={form.suicideAttempts} onChange={(value) => onChange({ ...form, suicideAttempts: readNumberInput(value) })} error={errorAt('suicideAttempts')} />
        {form.suicideAttempts !== '' && form.suicideAttempts > 0 ? (
          <TextInput type="date" label="Most recent attempt" value={form.mostRecentSuicideAttemptOn} onChange={(event) => onChange({ ...form, mostRecentSuicideAttemptOn: event.currentTarget.value })} error={errorAt('mostRecentSuicideAttemptOn')} />
        ) : null}
      </SimpleGrid>
      <Checkbox.Group label="Psychosis and mania" value={flags.filter(([flag]) => form[flag]).map(([flag]) => flag)} onChange={(chosen) => onChange({ ...form, ...Object.fromEntries(flags.map(([flag]) => [flag, chosen.includes(flag)])) })}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs">
          {flags.map(([flag, label]) => (
            <Checkbox key={flag} value={flag} label={label} error={errorAt(flag)} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <Textarea label="Other notes" rows={2} value={form.notes} onChange={(event) => onChange({ ...form, notes: event.currentTarget.value })} error={errorAt('notes')} />
    </Stack>
  ),
};

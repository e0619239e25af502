import { Alert, Button, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { IntakeResponse } from './intake-api';
import { type WizardStep, wizardSteps } from './intake-steps';
import { BaselineMeasuresStep } from './baseline-measures-step';
import { CompleteIntakeStep } from './complete-intake-step';
import { ConflictAlert, SaveStatus } from './save-status';
import { SectionStepView } from './section-step-view';
import { StepList } from './step-list';
import { useIntakeDrafts } from './use-intake-drafts';
import { useSectionSave } from './use-section-save';

export interface IntakeWizardProps {
  patientId: string;
  intake: IntakeResponse;
  canRecord: boolean;
  canRecordMeasure: boolean;
}

/**
 * The intake interview, a step per section. Moving to another step saves the one being left (with the revision
 * last read); unsaved entries are kept as a draft until saved, so nothing typed is lost on the way.
 */
export function IntakeWizard({ patientId, intake, canRecord, canRecordMeasure }: IntakeWizardProps) {
  const steps = wizardSteps(intake);
  const drafts = useIntakeDrafts(patientId, intake);
  const saving = useSectionSave(patientId, intake, drafts);
  const firstMissing = steps.findIndex((step) => step.kind === 'section' && intake.missingSections.includes(step.section.name));
  const [active, setActive] = useState(() => (intake.status === 'completed' || firstMissing < 0 ? 0 : firstMissing));
  const [blockedTarget, setBlockedTarget] = useState<number | null>(null);
  const index = Math.min(active, steps.length - 1);
  const step = steps[index]!;
  const isDirty = (candidate: WizardStep) => candidate.kind === 'section' && drafts.isDirty(candidate.section.name);

  const show = (target: number) => {
    saving.clear();
    setBlockedTarget(null);
    setActive(target);
  };
  /** Leaving a section saves it; if it cannot be saved, the user stays to see why (or chooses to go on). */
  const goTo = async (target: number) => {
    if (saving.saving) return;
    if (step.kind === 'section' && canRecord && !(await saving.save(step.section))) return setBlockedTarget(target);
    show(target);
  };
  const unsavedSections = steps.filter(isDirty).map((candidate) => candidate.title);

  return (
    <Grid>
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <StepList steps={steps} active={index} intake={intake} isDirty={isDirty} onSelect={(target) => void goTo(target)} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 8 }}>
        <Stack>
          {drafts.restored ? (
            <Alert color="blue" title="Restored what you entered">
              <Stack gap="xs" align="flex-start">
                <Text size="sm">Some sections have entries from earlier that were not saved: {unsavedSections.join(', ')}. Check them, then save.</Text>
                <Button size="xs" variant="default" onClick={drafts.discardAll}>
                  Discard them
                </Button>
              </Stack>
            </Alert>
          ) : null}
          <Group justify="space-between" align="baseline">
            <Title order={3}>{step.title}</Title>
            {step.kind === 'section' ? <SaveStatus dirty={isDirty(step)} saved={intake.sections[step.section.name] !== undefined} updatedAt={intake.updatedAt} saving={saving.saving} /> : null}
          </Group>
          {step.kind === 'section' && saving.conflict ? (
            <ConflictAlert
              onReload={() => void saving.reload()}
              onDiscard={() => {
                drafts.discard(step.section.name);
                saving.clear();
              }}
            />
          ) : null}
          {step.kind === 'section' ? (
            <SectionStepView
              patientId={patientId}
              step={step.section}
              form={drafts.formFor(step.section)}
              onChange={(form) => drafts.change(step.section, form)}
              errors={saving.errors}
              failure={saving.failure}
              readOnly={!canRecord}
            />
          ) : step.kind === 'baseline-measures' ? (
            <BaselineMeasuresStep patientId={patientId} measures={intake.baselineMeasures} canRecord={canRecordMeasure} />
          ) : (
            <CompleteIntakeStep patientId={patientId} intake={intake} canRecord={canRecord} unsavedSections={unsavedSections} />
          )}
          <Group>
            {index > 0 ? (
              <Button variant="default" onClick={() => void goTo(index - 1)} loading={saving.saving}>
                Back
              </Button>
            ) : null}
            {step.kind === 'section' && canRecord ? (
              <Button variant="light" onClick={() => void saving.save(step.section).then((saved) => saved && setBlockedTarget(null))} loading={saving.saving} disabled={!isDirty(step)}>
                Save
              </Button>
            ) : null}
            {index < steps.length - 1 ? (
              <Button onClick={() => void goTo(index + 1)} loading={saving.saving}>
                {step.kind === 'section' && isDirty(step) ? 'Save and continue' : 'Continue'}
              </Button>
            ) : null}
            {blockedTarget !== null ? (
              <Button variant="subtle" color="gray" onClick={() => show(blockedTarget)}>
                Go on without saving
              </Button>
            ) : null}
          </Group>
        </Stack>
      </Grid.Col>
    </Grid>
  );
}

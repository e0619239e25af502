import { NavLink } from '@mantine/core';
import type { IntakeResponse } from './intake-api';
import type { WizardStep } from './intake-steps';

function stepState(step: WizardStep, intake: IntakeResponse, isDirty: (step: WizardStep) => boolean): string {
  if (step.kind !== 'section') return '';
  if (isDirty(step)) return 'Unsaved changes';
  return intake.sections[step.section.name] === undefined ? 'Not started' : 'Saved';
}

/** The steps down the side: each a button, the current one marked for screen readers. */
export function StepList({ steps, active, intake, isDirty, onSelect }: { steps: WizardStep[]; active: number; intake: IntakeResponse; isDirty: (step: WizardStep) => boolean; onSelect: (index: number) => void }) {
  return (
    <nav aria-label="Intake steps">
      {steps.map((step, index) => (
        <NavLink
          key={step.title}
          component="button"
          type="button"
          label={`${index + 1}. ${step.title}`}
          description={stepState(step, intake, isDirty)}
          active={index === active}
          aria-current={index === active ? 'step' : undefined}
          onClick={() => onSelect(index)}
        />
      ))}
    </nav>
  );
}

import { useRef } from 'react';
import type { IntakeSectionName } from '../../../domain/intake/intake-sections';
import { useFormDraft } from '../patients/use-form-draft';
import type { IntakeResponse } from './intake-api';
import type { AnySectionStep } from './section-step';

type Drafts = Partial<Record<IntakeSectionName, unknown>>;
const same = (left: unknown, right: unknown) => JSON.stringify(left) === JSON.stringify(right);

/**
 * What the user typed and has not saved, by section, kept until saved or discarded (in memory, see use-form-draft).
 * A section without a draft shows what the server has, so a reload after someone else's save shows their work.
 */
export function useIntakeDrafts(patientId: string, intake: IntakeResponse) {
  const draft = useFormDraft<Drafts>(`intake:${patientId}`, {});
  const latest = useRef(draft.values);
  latest.current = draft.values;
  const savedForm = (step: AnySectionStep) => step.toForm(intake.sections[step.name]);
  const without = (name: IntakeSectionName) => Object.fromEntries(Object.entries(latest.current).filter(([key]) => key !== name)) as Drafts;
  const set = (next: Drafts) => {
    latest.current = next;
    draft.change(next);
  };
  return {
    restored: draft.restored && Object.keys(draft.values).length > 0,
    discardAll: draft.discard,
    formFor: (step: AnySectionStep) => (step.name in draft.values ? draft.values[step.name] : savedForm(step)),
    isDirty: (name: IntakeSectionName) => name in draft.values,
    change: (step: AnySectionStep, form: unknown) => set(same(form, savedForm(step)) ? without(step.name) : { ...latest.current, [step.name]: form }),
    /** After a save: forget the draft, unless it changed while the save was on its way. */
    saved: (name: IntakeSectionName, form: unknown) => {
      if (same(latest.current[name], form)) set(without(name));
    },
    discard: (name: IntakeSectionName) => set(without(name)),
  };
}

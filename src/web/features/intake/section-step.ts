import type { ReactNode } from 'react';
import type { IntakeSectionName, IntakeSections } from '../../../domain/intake/intake-sections';

/** What a step's fields get: the form values, how to change them, and the message for a field of the section. */
export interface StepFieldsProps<Form> {
  patientId: string;
  form: Form;
  onChange: (next: Form) => void;
  /** The message for a path inside the section's value ("bloodPressure.0.systolicMmHg"), from the form or the server. */
  errorAt: (path: string) => string | undefined;
}

/** One intake section as a wizard step: its form values, and how they turn into the value the API takes. */
export interface SectionStep<Name extends IntakeSectionName, Form> {
  name: Name;
  title: string;
  /** Text inputs hold strings and number inputs `number | ''`; a section not yet saved starts empty. */
  toForm: (saved: IntakeSections[Name] | undefined) => Form;
  /** Empty optional fields become null; empty required ones undefined, so the schema says "Required". */
  toValue: (form: Form) => unknown;
  Fields: (props: StepFieldsProps<Form>) => ReactNode;
}

/** A step of any section, for the wizard's list; each step file keeps its own types. */
export type AnySectionStep = SectionStep<IntakeSectionName, unknown>;
export const anyStep = <Name extends IntakeSectionName, Form>(step: SectionStep<Name, Form>) => step as unknown as AnySectionStep;

export type NumberField = number | '';
export const toNumberField = (value: number | null | undefined): NumberField => value ?? '';
export const fromNumberField = (value: NumberField): number | undefined => (value === '' ? undefined : value);
/** A blank optional text is sent as null. */
export const optionalText = (value: string): string | null => (value.trim() === '' ? null : value.trim());
/** Mantine's NumberInput reports a number, or a string while the input is empty or half-typed. */
export const readNumberInput = (value: number | string): NumberField => (typeof value === 'number' ? value : '');

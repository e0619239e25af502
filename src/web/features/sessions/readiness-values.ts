import { type ReadinessChecklist, readinessChecklistSchema } from '../../../domain/sessions/readiness';
import { fromLocalInput, toLocalInput } from './local-time';

/** The readiness form as typed. */
export interface ReadinessValues {
  lastFoodAt: string;
  lastLiquidAt: string;
  escortKind: 'escort' | 'transport';
  escortName: string;
  escortPhone: string;
  pregnancyConfirmed: boolean;
  measuresDone: boolean;
}

export function readinessValues(checklist: ReadinessChecklist): ReadinessValues {
  return {
    lastFoodAt: toLocalInput(checklist.lastFoodAt),
    lastLiquidAt: toLocalInput(checklist.lastLiquidAt),
    escortKind: checklist.escort?.kind ?? 'escort',
    escortName: checklist.escort?.name ?? '',
    escortPhone: checklist.escort?.phone ?? '',
    pregnancyConfirmed: checklist.pregnancy === 'not-pregnant-confirmed',
    measuresDone: checklist.preSessionMeasuresDone === true,
  };
}

const fieldOfPath: Record<string, keyof ReadinessValues> = {
  lastFoodAt: 'lastFoodAt',
  lastLiquidAt: 'lastLiquidAt',
  'escort.name': 'escortName',
  'escort.phone': 'escortPhone',
};

export type ReadinessParse = { kind: 'valid'; checklist: ReadinessChecklist } | { kind: 'invalid'; errors: Partial<Record<keyof ReadinessValues, string>> };

/**
 * The checklist to send, checked with the server's own schema. Fields shown but left empty are sent as null, so
 * clearing one clears it on the record; fasting and pregnancy are sent only when the form shows them.
 */
export function readinessChecklist(values: ReadinessValues, shown: { fasting: boolean; pregnancy: boolean }): ReadinessParse {
  const escortTyped = values.escortName.trim() !== '' || values.escortPhone.trim() !== '';
  const checklist: ReadinessChecklist = {
    ...(shown.fasting ? { lastFoodAt: fromLocalInput(values.lastFoodAt), lastLiquidAt: fromLocalInput(values.lastLiquidAt) } : {}),
    escort: escortTyped ? { name: values.escortName.trim(), phone: values.escortPhone.trim(), kind: values.escortKind } : null,
    ...(shown.pregnancy ? { pregnancy: values.pregnancyConfirmed ? ('not-pregnant-confirmed' as const) : null } : {}),
    preSessionMeasuresDone: values.measuresDone,
  };
  const parsed = readinessChecklistSchema.safeParse(checklist);
  if (parsed.success) return { kind: 'valid', checklist: parsed.data };
  const errors: Partial<Record<keyof ReadinessValues, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = fieldOfPath[issue.path.join('.')];
    if (field && !errors[field]) errors[field] = issue.message;
  }
  return { kind: 'invalid', errors };
}

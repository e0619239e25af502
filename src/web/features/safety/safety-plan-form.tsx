import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { SafetyPlan } from '../../api/client';
import { safetyPlanSections } from './safety-plan-sections';

const toText = (entries: readonly string[]) => entries.join('\n');
const toEntries = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean);

/** Writing the plan with the patient: one entry per line in each step. */
export function SafetyPlanForm({ initial, saving, onSave, onCancel }: { initial: SafetyPlan | null; saving: boolean; onSave: (plan: SafetyPlan) => void; onCancel: () => void }) {
  const [texts, setTexts] = useState(() => Object.fromEntries(safetyPlanSections.map(({ key }) => [key, toText(initial?.[key] ?? [])])) as Record<keyof SafetyPlan, string>);
  const save = () => onSave(Object.fromEntries(safetyPlanSections.map(({ key }) => [key, toEntries(texts[key])])) as SafetyPlan);
  return (
    <Stack component="form" aria-label="Safety plan" onSubmit={(event) => (event.preventDefault(), save())}>
      {safetyPlanSections.map(({ key, title }) => (
        <Textarea key={key} label={title} description="One per line" minRows={2} value={texts[key]} onChange={(event) => setTexts({ ...texts, [key]: event.currentTarget.value })} />
      ))}
      <Group>
        <Button type="submit" loading={saving}>
          Save safety plan
        </Button>
        <Button variant="default" onClick={onCancel} disabled={saving}>
          Cancel
        </Button>
      </Group>
    </Stack>
  );
}

import { NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { referralSources } from '../../../domain/intake/intake-sections';
import { optionalText, type SectionStep } from './section-step';

type ReferralSource = (typeof referralSources)[number];
interface ReferralForm {
  source: ReferralSource | '';
  referrerName: string;
  reason: string;
}

const sourceLabels: Record<ReferralSource, string> = {
  self: 'Self-referred',
  'primary-care': 'Primary care',
  psychiatrist: 'Psychiatrist',
  therapist: 'Therapist',
  hospital: 'Hospital',
  'other-clinic': 'Another clinic',
  other: 'Other',
};
const sourceOptions = [{ value: '', label: 'Choose…' }, ...referralSources.map((value) => ({ value, label: sourceLabels[value] }))];

export const referralStep: SectionStep<'referral', ReferralForm> = {
  name: 'referral',
  title: 'Referral',
  toForm: (saved) => ({ source: saved?.source ?? '', referrerName: saved?.referrerName ?? '', reason: saved?.reason ?? '' }),
  toValue: (form) => ({ source: form.source || undefined, referrerName: optionalText(form.referrerName), reason: form.reason }),
  Fields: ({ form, onChange, errorAt }) => (
    <Stack>
      <NativeSelect
        label="Referred by"
        data={sourceOptions}
        value={form.source}
        onChange={(event) => onChange({ ...form, source: event.currentTarget.value as ReferralSource | '' })}
        error={errorAt('source')}
        maw={320}
      />
      <TextInput label="Referrer’s name" description="Optional" value={form.referrerName} onChange={(event) => onChange({ ...form, referrerName: event.currentTarget.value })} error={errorAt('referrerName')} maw={480} />
      <Textarea label="Reason for referral" rows={3} value={form.reason} onChange={(event) => onChange({ ...form, reason: event.currentTarget.value })} error={errorAt('reason')} />
    </Stack>
  ),
};

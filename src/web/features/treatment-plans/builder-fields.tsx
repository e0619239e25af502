import { Checkbox, NativeSelect, NumberInput, Radio, SimpleGrid, Stack } from '@mantine/core';
import { indications as allIndications, type Indication } from '../../../domain/measurement/measurement-packs';
import { indicationLabels } from '../measurement-packs/measurement-pack-words';
import type { ClinicProtocol, Therapist } from './plan-types';
import { routeLabels } from './plan-words';

export function ProtocolPicker({ protocols, value, onChange, error }: { protocols: readonly ClinicProtocol[]; value: string; onChange: (key: string) => void; error?: string | undefined }) {
  return (
    <Radio.Group label="Protocol" value={value} onChange={onChange} error={error} required>
      <Stack gap="xs" mt="xs">
        {protocols.map((protocol) => (
          <Radio
            key={protocol.key}
            value={protocol.key}
            label={protocol.definition.name}
            description={`${routeLabels[protocol.definition.route]} · ${protocol.isDefault ? 'published default' : `clinic version ${protocol.version}`}`}
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}

/** The starting dose, defaulting to the protocol's: mg/kg for weight-based protocols, mg (one of the allowed doses where set) otherwise. */
export function StartingDoseField({ protocol, value, onChange, error }: { protocol: ClinicProtocol; value: number | ''; onChange: (value: number | '') => void; error?: string | undefined }) {
  const dosing = protocol.definition.dosing;
  if (dosing.mode === 'fixed' && dosing.allowedDosesMg) {
    return (
      <NativeSelect
        label="Starting dose (mg)"
        description={dosing.dayOneDoseMg ? `The first session follows the label (${dosing.dayOneDoseMg} mg, or less from age 65 where the label says so).` : undefined}
        data={dosing.allowedDosesMg.map((doseMg) => ({ value: String(doseMg), label: `${doseMg} mg` }))}
        value={String(value)}
        onChange={(event) => onChange(Number(event.currentTarget.value))}
        error={error}
      />
    );
  }
  const perKg = dosing.mode === 'per-kg';
  return (
    <NumberInput
      label={perKg ? 'Starting dose (mg/kg)' : 'Starting dose (mg)'}
      description={`Protocol default: ${perKg ? `${dosing.startMgPerKg} mg/kg` : `${dosing.startDoseMg} mg`}`}
      min={0}
      step={perKg ? 0.05 : 1}
      decimalScale={perKg ? 3 : 1}
      value={value}
      onChange={(next) => onChange(typeof next === 'number' ? next : next === '' ? '' : Number(next))}
      error={error}
    />
  );
}

export function IndicationsField({ value, onChange, error }: { value: Indication[]; onChange: (value: Indication[]) => void; error?: string | undefined }) {
  return (
    <Checkbox.Group label="Indications" description="Filled in from the intake; change them if needed." value={value} onChange={(next) => onChange(next as Indication[])} error={error} required>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
        {allIndications.map((indication) => (
          <Checkbox key={indication} value={indication} label={indicationLabels[indication]} />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}

export function TherapistSelect({ therapists, value, onChange, error }: { therapists: readonly Therapist[]; value: string; onChange: (userId: string) => void; error?: string | undefined }) {
  return (
    <NativeSelect
      label="Integration therapist"
      data={[{ value: '', label: 'None' }, ...therapists.map((therapist) => ({ value: therapist.userId, label: therapist.name }))]}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
    />
  );
}

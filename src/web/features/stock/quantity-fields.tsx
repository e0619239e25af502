import { Button, Group, SimpleGrid, TextInput } from '@mantine/core';
import { otherQuantity } from './quantity';

interface Props {
  mg: string;
  ml: string;
  strengthMgPerMl: number;
  onChange: (quantity: { mg: string; ml: string }) => void;
  errors: { mg?: string | undefined; ml?: string | undefined };
  /** Offers "the whole balance" when given. */
  whole?: { mg: number; ml: number } | undefined;
  label?: string;
}

/** The mL and the mg of a movement, each filled from the other at the product's strength (mg = mL × mg/mL). */
export function QuantityFields({ mg, ml, strengthMgPerMl, onChange, errors, whole, label = 'Quantity' }: Props) {
  return (
    <Group align="flex-end" gap="sm">
      <SimpleGrid cols={2} style={{ flex: 1 }}>
        <TextInput
          label={`${label} (mL)`}
          inputMode="decimal"
          value={ml}
          error={errors.ml}
          onChange={(event) => {
            const typed = event.currentTarget.value;
            onChange({ ml: typed, mg: otherQuantity(typed, 'ml', strengthMgPerMl) });
          }}
        />
        <TextInput
          label={`${label} (mg)`}
          inputMode="decimal"
          value={mg}
          error={errors.mg}
          description={`${strengthMgPerMl} mg/mL`}
          onChange={(event) => {
            const typed = event.currentTarget.value;
            onChange({ mg: typed, ml: otherQuantity(typed, 'mg', strengthMgPerMl) });
          }}
        />
      </SimpleGrid>
      {whole ? (
        <Button variant="default" onClick={() => onChange({ mg: String(whole.mg), ml: String(whole.ml) })}>
          Whole balance
        </Button>
      ) : null}
    </Group>
  );
}

import { Button, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { ProblemAlert } from '../../components/problem-alert';
import { emptyProduct, productBody, type ProductValues } from './product-values';
import { setupFieldErrors, shownAtField } from './setup-problems';
import { stockApi } from './stock-api';
import { useStockChange } from './stock-queries';

/** Adds a product the clinic stocks: as the package is labelled (name, NDC, strength, volume per container). */
export function ProductForm() {
  const [values, setValues] = useState<ProductValues>(emptyProduct);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [added, setAdded] = useState<string | null>(null);
  const add = useStockChange(stockApi.addProduct);
  const fromServer = setupFieldErrors(add.error, { field: 'ndc', message: 'A product with this NDC is already set up' });
  const errorOf = (key: string) => errors[key] ?? fromServer[key];
  const set = (field: keyof ProductValues) => (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => {
    const typed = event.currentTarget.value;
    setValues((current) => ({ ...current, [field]: typed }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = productBody(values);
    setErrors(parsed.kind === 'invalid' ? parsed.errors : {});
    setAdded(null);
    add.reset();
    if (parsed.kind === 'valid') {
      add.mutate(parsed.body, {
        onSuccess: () => {
          setAdded(parsed.body.genericName);
          setValues(emptyProduct);
        },
      });
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Add a product">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label="Generic name" description="With the brand, e.g. ketamine hydrochloride (Ketalar)" value={values.genericName} onChange={set('genericName')} error={errorOf('genericName')} />
          <TextInput label="NDC" description="As printed, with hyphens" placeholder="42023-113-10" value={values.ndc} onChange={set('ndc')} error={errorOf('ndc')} />
          <NativeSelect
            label="Form"
            data={[
              { value: 'vial', label: 'Vial' },
              { value: 'nasal-device', label: 'Nasal device' },
            ]}
            value={values.form}
            onChange={set('form')}
            error={errorOf('form')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label="Strength (mg/mL)" inputMode="decimal" value={values.strengthMgPerMl} onChange={set('strengthMgPerMl')} error={errorOf('strengthMgPerMl')} />
          <TextInput label="Volume per container (mL)" inputMode="decimal" value={values.containerMl} onChange={set('containerMl')} error={errorOf('containerMl')} />
          <TextInput label="Reorder at (containers)" description="Optional: a low-stock alert below this" inputMode="numeric" value={values.reorderAtContainers} onChange={set('reorderAtContainers')} error={errorOf('reorderAtContainers')} />
        </SimpleGrid>
        {add.isError && !shownAtField(add.error) ? <ProblemAlert error={add.error} title="The product was not added" /> : null}
        {added ? <Text role="status">{added} is added.</Text> : null}
        <Group>
          <Button type="submit" loading={add.isPending}>
            Add product
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

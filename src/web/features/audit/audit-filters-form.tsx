import { Button, Group, SimpleGrid, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { serverFieldErrors } from '../../api/field-errors';
import { emptyAuditFilters, filterFieldOfQuery, toAuditFilters, type AuditFilterField, type AuditFilters, type AuditFilterValues } from './audit-filter-values';

const fields: { field: AuditFilterField; label: string; type?: string; description?: string }[] = [
  { field: 'fromDate', label: 'From date', type: 'date', description: 'From the start of this day, your time' },
  { field: 'toDate', label: 'To date', type: 'date', description: 'To the end of this day, your time' },
  { field: 'patientId', label: 'Patient id' },
  { field: 'userId', label: 'User id' },
  { field: 'action', label: 'Action', description: 'Exactly, for example patient.read' },
];

/** The report's filters; they apply when submitted, so typing an id does not run (and audit) a report per key. */
export function AuditFiltersForm({ onApply, error }: { onApply: (filters: AuditFilters) => void; error: unknown }) {
  const [values, setValues] = useState<AuditFilterValues>(emptyAuditFilters);
  const [errors, setErrors] = useState<Partial<Record<AuditFilterField, string>>>({});
  const fromServer = Object.fromEntries(Object.entries(serverFieldErrors(error, 'query')).flatMap(([query, detail]) => (filterFieldOfQuery[query] ? [[filterFieldOfQuery[query], detail]] : [])));

  const apply = (next: AuditFilterValues) => {
    const result = toAuditFilters(next);
    if (result.kind === 'invalid') return setErrors(result.errors);
    setErrors({});
    onApply(result.filters);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    apply(values);
  };
  const clear = () => {
    setValues(emptyAuditFilters);
    apply(emptyAuditFilters);
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Audit filters">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }}>
        {fields.map(({ field, label, type, description }) => (
          <TextInput
            key={field}
            label={label}
            type={type ?? 'text'}
            description={description}
            autoComplete="off"
            value={values[field]}
            onChange={(event) => setValues({ ...values, [field]: event.currentTarget.value })}
            error={errors[field] ?? fromServer[field]}
          />
        ))}
      </SimpleGrid>
      <Group mt="sm">
        <Button type="submit">Apply filters</Button>
        <Button variant="default" onClick={clear}>
          Clear filters
        </Button>
      </Group>
    </form>
  );
}

import { Button, Checkbox, Group, NativeSelect, SimpleGrid, Stack, Switch, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { serverFieldErrors } from '../../api/field-errors';
import { ProblemAlert } from '../../components/problem-alert';
import { measurementMonths, publicPageApi, settingsBody, settingsValues, treatmentLabels, treatments, type PublicPageSettings, type SettingsValues } from './public-page-settings';

export const publicPageKey = ['public-page', 'settings'] as const;

/** What the public page says and whether it is published; saved as a whole. */
export function PublicPageSettingsForm({ settings }: { settings: PublicPageSettings }) {
  const [values, setValues] = useState<SettingsValues>(() => settingsValues(settings));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: publicPageApi.save,
    onSuccess: (answer) => {
      queryClient.setQueryData(publicPageKey, answer);
      setSaved(true);
    },
  });
  const fromServer = serverFieldErrors(save.error);
  const errorOf = (field: string) => errors[field] ?? fromServer[field];
  const change = <K extends keyof SettingsValues>(field: K, value: SettingsValues[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setSaved(false);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = settingsBody(values);
    setErrors(parsed.kind === 'invalid' ? parsed.errors : {});
    setSaved(false);
    save.reset();
    if (parsed.kind === 'valid') save.mutate(parsed.body);
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Public page settings">
      <Stack gap="md">
        <Stack gap={4}>
          <Switch label="Publish the public page" checked={values.enabled} onChange={(event) => change('enabled', event.currentTarget.checked)} />
          <Text size="sm" c="dimmed">
            When off, no one can open the page or its JSON.
          </Text>
        </Stack>
        <Textarea label="Introduction" description="A few sentences about the clinic, shown at the top of the page." rows={4} value={values.introduction} error={errorOf('introduction')} onChange={(event) => change('introduction', event.currentTarget.value)} />
        <Checkbox.Group
          label="Treatments offered"
          value={values.treatmentsOffered}
          error={errorOf('treatmentsOffered')}
          onChange={(ticked) => change('treatmentsOffered', treatments.filter((treatment) => ticked.includes(treatment)))}
        >
          <Stack gap="xs" mt="xs">
            {treatments.map((treatment) => (
              <Checkbox key={treatment} value={treatment} label={treatmentLabels[treatment]} />
            ))}
          </Stack>
        </Checkbox.Group>
        <NativeSelect
          label="Outcomes measured over"
          description="The clinic’s results on the page cover this many months up to today."
          data={measurementMonths.map((months) => ({ value: String(months), label: `The last ${months} months` }))}
          value={values.measurementMonths}
          error={errorOf('measurementMonths')}
          onChange={(event) => change('measurementMonths', event.currentTarget.value)}
          maw={360}
        />
        <Title order={3}>Contact</Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label="Phone" type="tel" value={values.phone} error={errorOf('contact.phone')} onChange={(event) => change('phone', event.currentTarget.value)} />
          <TextInput label="E-mail" type="email" value={values.email} error={errorOf('contact.email')} onChange={(event) => change('email', event.currentTarget.value)} />
          <TextInput label="Website" value={values.website} placeholder="https://" error={errorOf('contact.website')} onChange={(event) => change('website', event.currentTarget.value)} />
        </SimpleGrid>
        {save.isError ? <ProblemAlert error={save.error} title="The settings were not saved" /> : null}
        {saved ? <Text role="status">Saved. {values.enabled ? 'The page shows the new settings now.' : 'The page is not published.'}</Text> : null}
        <Group>
          <Button type="submit" loading={save.isPending}>
            Save settings
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

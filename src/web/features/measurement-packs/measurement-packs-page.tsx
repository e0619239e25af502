import { Alert, Button, Group, Loader, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { type MeasurementPack, indications } from '../../../domain/measurement/measurement-packs';
import { serverFieldErrors } from '../../api/field-errors';
import { NoAccess } from '../../components/no-access';
import { ProblemAlert } from '../../components/problem-alert';
import { can } from '../auth/permissions';
import { useSignedInUser } from '../auth/signed-in-user';
import { addPack, checkPacks } from './edit-packs';
import { fetchMeasurementPacks, measurementPackKeys, saveMeasurementPacks, type MeasurementPacksResponse } from './measurement-pack-queries';
import { indicationLabels, type PackIndication } from './measurement-pack-words';
import { type EditPacks, PackCard } from './pack-card';

export function MeasurementPacksPage() {
  const me = useSignedInUser();
  if (me.user.kind !== 'staff' || !can(me, 'measurement.configure')) return <NoAccess />;
  return <MeasurementPacks />;
}

function MeasurementPacks() {
  const packs = useQuery({ queryKey: measurementPackKeys.all, queryFn: fetchMeasurementPacks, refetchOnWindowFocus: false });
  return (
    <Stack maw={960}>
      <Title order={2}>Measurement packs</Title>
      <Text>
        Which questionnaires and rating scales each indication gets, and when. A patient gets the pack of each of their indications and the pack for every patient. Where an instrument has alternatives,
        the clinician gives one of them.
      </Text>
      {packs.isPending ? <Loader aria-label="Loading the measurement packs" /> : packs.isError ? <ProblemAlert error={packs.error} title="The measurement packs could not be loaded" /> : <PacksEditor saved={packs.data} />}
    </Stack>
  );
}

const noErrors: Record<string, string> = {};

/** Field errors (by dotted path) minus those at or below `path`, or all of them without a path; unchanged if none go. */
function withoutErrorsUnder(errors: Record<string, string>, path: string | undefined): Record<string, string> {
  const kept = Object.entries(errors).filter(([field]) => path !== undefined && field !== path && !field.startsWith(`${path}.`));
  return kept.length === Object.keys(errors).length ? errors : kept.length === 0 ? noErrors : Object.fromEntries(kept);
}

/** Edits a copy of the packs; nothing reaches the server until "Save packs", which replaces all of them at once. */
function PacksEditor({ saved }: { saved: MeasurementPacksResponse }) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<MeasurementPack[] | null>(null);
  const [errors, setErrors] = useState(noErrors);
  const [packToAdd, setPackToAdd] = useState('');
  const save = useMutation({
    mutationFn: saveMeasurementPacks,
    onSuccess: (answer) => {
      queryClient.setQueryData(measurementPackKeys.all, answer);
      setDraft(null);
      setErrors(noErrors);
    },
    onError: (error) => setErrors(serverFieldErrors(error)),
  });
  const packs = draft ?? saved.packs;
  const unused = (['every-patient', ...indications] as const).filter((indication) => !packs.some((pack) => pack.indication === indication));

  /** A change within one entry clears the messages about that entry; adding or removing clears them all (paths shift). */
  const edit: EditPacks = useCallback(
    (change, within) => {
      setDraft((current) => change(current ?? saved.packs));
      setErrors((current) => withoutErrorsUnder(current, within));
    },
    [saved.packs],
  );
  const submit = () => {
    const found = checkPacks(packs);
    setErrors(Object.keys(found).length === 0 ? noErrors : found);
    if (Object.keys(found).length === 0) save.mutate(packs);
  };
  const discard = () => {
    setDraft(null);
    setErrors(noErrors);
    save.reset();
  };

  return (
    <Stack>
      {saved.isDefault ? (
        <Alert color="blue" title="Suggested packs" role="note">
          Your clinic has not changed these yet: they are Ketaclinic&apos;s suggestions, which no guideline fixes. Saving makes them your clinic&apos;s own.
        </Alert>
      ) : null}
      {save.isSuccess && draft === null ? (
        <Alert color="teal" title="Packs saved" role="status">
          New measures fall due by these packs from now on.
        </Alert>
      ) : null}
      {save.isError ? <ProblemAlert error={save.error} title="The packs were not saved" /> : null}
      {errors.packs ? (
        <Text c="red" role="alert">
          {errors.packs}
        </Text>
      ) : null}
      {packs.map((pack, packIndex) => (
        <PackCard key={pack.indication} pack={pack} packIndex={packIndex} edit={edit} errors={errors} />
      ))}
      {unused.length > 0 ? (
        <Group align="flex-end">
          <NativeSelect
            label="Add a pack for"
            data={[{ value: '', label: 'Choose an indication…' }, ...unused.map((indication) => ({ value: indication, label: indicationLabels[indication] }))]}
            value={packToAdd}
            onChange={(event) => setPackToAdd(event.currentTarget.value)}
            w={320}
          />
          <Button
            variant="default"
            disabled={packToAdd === ''}
            onClick={() => {
              edit((current) => addPack(current, packToAdd as PackIndication));
              setPackToAdd('');
            }}
          >
            Add pack
          </Button>
        </Group>
      ) : null}
      <Group>
        <Button onClick={submit} loading={save.isPending}>
          Save packs
        </Button>
        <Button variant="default" onClick={discard} disabled={draft === null || save.isPending}>
          Discard changes
        </Button>
      </Group>
    </Stack>
  );
}

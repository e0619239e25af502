import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { ProblemAlert } from '../../components/problem-alert';
import { patientKeys } from './patient-queries';

export function ArchivePatientButton({ patientId, name }: { patientId: string; name: string }) {
  const [opened, { open, close }] = useDisclosure();
  const queryClient = useQueryClient();
  const archive = useMutation({
    mutationFn: () => api.archivePatient(patientId),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: patientKeys.all });
      close();
    },
  });
  const cancel = () => {
    archive.reset();
    close();
  };

  return (
    <>
      <Button color="red" variant="light" onClick={open}>
        Archive
      </Button>
      <Modal opened={opened} onClose={cancel} title="Archive this patient?">
        <Stack>
          <Text>
            Archiving takes {name} out of everyday patient searches. Nothing in the record is deleted: it can still be opened, and found by a search that
            includes archived patients.
          </Text>
          {archive.isError ? <ProblemAlert error={archive.error} title="The patient was not archived" /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={cancel}>
              Cancel
            </Button>
            <Button color="red" onClick={() => archive.mutate()} loading={archive.isPending}>
              Archive patient
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

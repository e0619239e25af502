import { Button, Modal } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { InviteUserForm } from './invite-user-form';

/** Opens the invitation form; a new form each time, so nothing from an earlier invitation is left in it. */
export function InviteUserButton({ onInvited }: { onInvited: (message: string) => void }) {
  const [opened, { open, close }] = useDisclosure();
  return (
    <>
      <Button onClick={open}>Invite a staff member</Button>
      <Modal opened={opened} onClose={close} title="Invite a staff member" size="lg">
        {opened ? (
          <InviteUserForm
            onCancel={close}
            onInvited={() => {
              close();
              onInvited('Invitation sent. The link works once, for 72 hours.');
            }}
          />
        ) : null}
      </Modal>
    </>
  );
}

import { Checkbox, Stack } from '@mantine/core';
import { roleLabels, staffRoles, type StaffRole } from '../../../domain/access/roles';

/** The staff roles as checkboxes, labelled as everywhere else in Ketaclinic; a person may hold several. */
export function RoleCheckboxes({ value, onChange, error }: { value: StaffRole[]; onChange: (roles: StaffRole[]) => void; error?: string | undefined }) {
  return (
    <Checkbox.Group label="Roles" value={value} onChange={(roles) => onChange(staffRoles.filter((role) => roles.includes(role)))} error={error}>
      <Stack gap="xs" mt="xs">
        {staffRoles.map((role) => (
          <Checkbox key={role} value={role} label={roleLabels[role]} />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}

import { Text } from '@mantine/core';

/** A message about a field the form shows no input for (a line's container, the computed waste). */
export function FieldProblem({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <Text c="red" size="sm" role="alert">
      {message}
    </Text>
  );
}

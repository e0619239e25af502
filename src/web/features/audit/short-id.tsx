import { Text } from '@mantine/core';
import { shortId } from './format-audit';

/** The first block of a UUID, with the whole id as the title (hover) for copying into a filter. */
export function ShortId({ id }: { id: string }) {
  return (
    <Text span ff="monospace" size="sm" title={id}>
      {shortId(id)}
    </Text>
  );
}

import { Badge, Tooltip } from '@mantine/core';

const explanation =
  'Substance use disorder record protected by 42 CFR Part 2. Do not disclose it outside this clinic without the patient’s written consent, except where Part 2 allows (for example, a medical emergency).';

export function Part2Badge() {
  return (
    <Tooltip label={explanation} multiline w={320} withArrow events={{ hover: true, focus: true, touch: true }}>
      <Badge color="grape" variant="light" size="sm" tabIndex={0}>
        42 CFR Part 2
      </Badge>
    </Tooltip>
  );
}

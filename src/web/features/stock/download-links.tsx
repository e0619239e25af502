import { Anchor, Group, Text } from '@mantine/core';
import type { ReportFormat } from './report-links';

/** Plain links: the browser downloads the file with the session cookie, as for any other page of the clinic. */
export function DownloadLinks({ hrefOf, what }: { hrefOf: (format: ReportFormat) => string | null; what: string }) {
  const csv = hrefOf('csv');
  const pdf = hrefOf('pdf');
  if (!csv || !pdf) return <Text c="dimmed">Choose what the report covers to download it.</Text>;
  return (
    <Group gap="md">
      <Anchor href={csv} download aria-label={`Download ${what} as CSV`}>
        CSV
      </Anchor>
      <Anchor href={pdf} target="_blank" rel="noopener" aria-label={`Download ${what} as PDF`}>
        PDF
      </Anchor>
    </Group>
  );
}

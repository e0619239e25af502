import { List, Stack, Text, Title } from '@mantine/core';
import type { ConsentDocumentContent } from '../../../domain/consent/consent-document';

const paragraphsOf = (body: string) => body.split(/\n\s*\n/).map((paragraph) => paragraph.trim()).filter(Boolean);

/** The whole consent document, in readable type: every section under its heading, and the sources at the end. */
export function ConsentDocumentView({ content }: { content: ConsentDocumentContent }) {
  return (
    <Stack component="article" aria-labelledby="consent-document-title" gap="md" maw="70ch">
      <Title order={3} id="consent-document-title">
        {content.title}
      </Title>
      {content.sections.map((section, index) => (
        <section key={index} aria-label={section.heading}>
          <Title order={4}>{section.heading}</Title>
          {paragraphsOf(section.body).map((paragraph, paragraphIndex) => (
            <Text key={paragraphIndex} size="lg" lh={1.6} mt="xs">
              {paragraph}
            </Text>
          ))}
        </section>
      ))}
      {content.sources.length > 0 ? (
        <section aria-label="Sources">
          <Title order={4}>Sources</Title>
          <List type="ordered" size="sm" mt="xs">
            {content.sources.map((source) => (
              <List.Item key={source}>{source}</List.Item>
            ))}
          </List>
        </section>
      ) : null}
    </Stack>
  );
}

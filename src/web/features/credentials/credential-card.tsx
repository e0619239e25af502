import { Anchor, Badge, Card, Group, List, Table, Text, Title } from '@mantine/core';
import { useSite } from '../../api/queries';
import { documentHref } from './credential-api';
import { CredentialActions } from './credential-actions';
import type { CredentialView } from './credential-types';
import { kindFields } from './credential-values';
import { credentialTitle, expiryBadge, formatDay, formatSize, formatWhen, methodLabels, outcomeLabels, statusLabels } from './credential-words';

function LastVerification({ credential }: { credential: CredentialView }) {
  const verification = credential.lastVerification;
  if (!verification) return <Text size="sm">Not verified yet.</Text>;
  return (
    <Text size="sm">
      {formatWhen(verification.verifiedAt)} by {verification.verifiedBy}. {methodLabels[verification.method]}: {verification.source}. {outcomeLabels[verification.outcome]}. Next check due {formatDay(verification.nextDueOn)}.
    </Text>
  );
}

function Documents({ credential }: { credential: CredentialView }) {
  if (credential.documents.length === 0) return <Text size="sm">None attached.</Text>;
  return (
    <List size="sm" aria-label={`Documents of ${credentialTitle(credential)}`}>
      {credential.documents.map((document) => (
        <List.Item key={document.id}>
          {/* The server sends it as an attachment: the browser saves it, with the session cookie. */}
          <Anchor href={documentHref(document.id)} download={document.fileName}>
            {document.fileName}
          </Anchor>{' '}
          ({formatSize(document.sizeBytes)}, attached {formatDay(document.uploadedAt)})
        </List.Item>
      ))}
    </List>
  );
}

/** One credential as it is on file, with its badge, its last check and its documents; editable by those who manage credentials. */
export function CredentialCard({ credential, canManage, now }: { credential: CredentialView; canManage: boolean; now: Date }) {
  const site = useSite();
  const title = credentialTitle(credential);
  const badge = expiryBadge(credential, now);
  const fields = kindFields[credential.kind];
  const locationName = site.data?.locations.find((location) => location.id === credential.locationId)?.name ?? credential.locationId;
  const rows: [string, string][] = [
    ...(fields.fixedType ? [] : ([['Type', credential.type]] as [string, string][])),
    ...(fields.jurisdiction ? ([['State', credential.jurisdiction ?? '—']] as [string, string][]) : []),
    ['Number', credential.number ?? '—'],
    ...(fields.issuer ? ([['Issued by', credential.issuer ?? '—']] as [string, string][]) : []),
    ['Issued on', credential.issuedOn ? formatDay(credential.issuedOn) : '—'],
    ['Expires', credential.expiresAt ? formatWhen(credential.expiresAt) : 'Does not expire'],
    ['Status', statusLabels[credential.status]],
    ...(credential.kind === 'dea-registration' ? ([['Location', locationName ?? '—'], ['Schedules', credential.schedules?.join(', ') || '—']] as [string, string][]) : []),
    ...(fields.listable ? ([['On the public page', credential.publiclyListed ? 'Shown' : 'Not shown']] as [string, string][]) : []),
  ];
  return (
    <Card withBorder component="section" aria-label={title}>
      <Group justify="space-between" mb="xs">
        <Group gap="sm">
          <Title order={4}>{title}</Title>
          <Badge color={badge.color}>{badge.label}</Badge>
        </Group>
        {canManage ? <CredentialActions credential={credential} title={title} /> : null}
      </Group>
      <Table variant="vertical" withTableBorder={false} aria-label={`Details of ${title}`}>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={180}>{label}</Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Title order={5} mt="sm">
        Last verification
      </Title>
      <LastVerification credential={credential} />
      <Title order={5} mt="sm">
        Documents
      </Title>
      <Documents credential={credential} />
    </Card>
  );
}

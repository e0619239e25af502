import { Anchor, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useSite } from '../../api/queries';
import { NoAccess } from '../../components/no-access';
import { ProblemAlert } from '../../components/problem-alert';
import { can } from '../auth/permissions';
import { useSignedInUser } from '../auth/signed-in-user';
import { publicJsonPath, publicPageApi, publicPagePath } from './public-page-settings';
import { publicPageKey, PublicPageSettingsForm } from './public-page-settings-form';

/** The clinic's public page, where anyone can check who treats patients here and what results the clinic gets. */
export function PublicPageSettingsPage() {
  const me = useSignedInUser();
  if (!can(me, 'credential.manage')) return <NoAccess />;
  return <Settings />;
}

function Settings() {
  const site = useSite();
  const settings = useQuery({ queryKey: publicPageKey, queryFn: publicPageApi.settings });
  const slug = site.data?.organisation.slug;
  return (
    <Stack maw={900} gap="lg">
      <Title order={2}>Public page</Title>
      <Text>
        A page anyone can open without signing in: the clinic and its locations, the clinicians with their licences and certifications, the treatments offered, what ketamine treatment is and is not, and the
        clinic’s own results. It shows no patient’s details, and results from fewer than 11 patients are not shown.
      </Text>
      {slug ? (
        <Group gap="lg">
          {/* Plain links: the server draws the page itself, outside this app. */}
          <Anchor href={publicPagePath(slug)} target="_blank" rel="noopener">
            Open the public page
          </Anchor>
          <Anchor href={publicJsonPath(slug)} target="_blank" rel="noopener">
            The same page as JSON, for directories
          </Anchor>
        </Group>
      ) : null}
      {settings.isPending ? <Loader aria-label="Loading the settings" /> : null}
      {settings.isError ? <ProblemAlert error={settings.error} title="The settings could not be loaded" /> : null}
      {settings.data ? <PublicPageSettingsForm settings={settings.data} /> : null}
    </Stack>
  );
}

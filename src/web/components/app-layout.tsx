import { AppShell, Burger, Group, NavLink, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { useSite } from '../api/queries';
import { SignOutButton } from '../features/auth/sign-out-button';
import { useMe } from '../features/auth/use-me';
import { OpenSafetyTasksBadge } from '../features/safety/open-safety-tasks-badge';
import { navigationFor } from './navigation-entries';

const isActive = (pathname: string, to: string) => pathname === to || (to !== '/' && pathname.startsWith(`${to}/`));

export function AppLayout() {
  const [opened, { toggle, close }] = useDisclosure();
  const site = useSite();
  const me = useMe().data ?? null;
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const clinicName = site.data?.organisation.name ?? (site.isError ? 'Ketaclinic' : '');
  const navigation = me ? navigationFor(me) : [];
  // "My record" is a patient's own record page; "Patients" covers the search and every record under it.
  const activeEntry = navigation.filter((item) => isActive(pathname, item.to)).sort((a, b) => b.to.length - a.to.length)[0];

  return (
    <AppShell header={{ height: 56 }} navbar={me ? { width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } } : undefined} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" miw={0}>
            {me ? <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" /> : null}
            {/* One line on a phone: a long clinic name is cut short rather than pushing the header open. */}
            <Title order={1} size="h3" data-testid="clinic-name" style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
              {clinicName}
            </Title>
          </Group>
          {me ? (
            <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
              <Text size="sm" data-testid="signed-in-user" visibleFrom="sm">
                {me.user.displayName}
              </Text>
              <SignOutButton />
            </Group>
          ) : (
            <Text size="sm" c="dimmed">
              Ketaclinic
            </Text>
          )}
        </Group>
      </AppShell.Header>
      {me ? (
        <AppShell.Navbar p="xs" aria-label="Main navigation">
          {navigation.map((item) => (
            <NavLink
              key={item.to}
              component={Link}
              to={item.to}
              label={item.label}
              rightSection={item.badge === 'open-safety-tasks' ? <OpenSafetyTasksBadge /> : undefined}
              active={item === activeEntry}
              onClick={close}
            />
          ))}
        </AppShell.Navbar>
      ) : null}
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}

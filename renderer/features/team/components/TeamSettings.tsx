import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Modal,
  Stack,
  Switch,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconArchiveOff, IconPencil, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamMemberListItem } from '../../../../shared/team.ts';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { errorText } from '../../../ui/form/errorText.ts';
import { LoadingState } from '../../../ui/LoadingState.tsx';
import { useInertBackground } from '../../../ui/useInertBackground.ts';
import { teamQueries } from '../api/teamQueries.ts';
import { useArchiveTeamMember } from '../api/useTeamMutations.ts';
import { TeamMemberForm } from './TeamMemberForm.tsx';
import { announceDone } from '../../../data/undoSteps.ts';

/** Settings → Our team: members with role and manager; add, edit, archive and restore. */
export function TeamSettings() {
  const { t } = useTranslation();
  const [showArchived, setShowArchived] = useState(false);
  // Everyone is read once: the manager picker needs the archived members too.
  const team = useQuery(teamQueries.list(true));
  const archive = useArchiveTeamMember();
  // undefined: no form open; null: a new member.
  const [editing, setEditing] = useState<TeamMemberListItem | null | undefined>(undefined);
  useInertBackground(editing !== undefined);

  if (team.isPending) return <LoadingState />;
  if (team.isError) return <ErrorState error={team.error} onRetry={() => void team.refetch()} />;
  const everyone = team.data.items;
  const shown = showArchived ? everyone : everyone.filter((m) => !m.archived);

  const toggleArchived = (member: TeamMemberListItem) => {
    archive.mutate(
      { id: member.id, version: member.version, archived: !member.archived },
      {
        onSuccess: () =>
          announceDone(
            t(member.archived ? 'team.settings.restoredNotice' : 'team.settings.archivedNotice', {
              name: member.name,
            }),
          ),
        onError: (error) => notifications.show({ color: 'red', message: errorText(t, error) }),
      },
    );
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="team-settings-title">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={3} fz="lg" id="team-settings-title">
            {t('team.settings.title')}
          </Title>
          <Text size="sm" c="dimmed" maw={640}>
            {t('team.settings.hint')}
          </Text>
        </div>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing(null)}>
          {t('team.settings.add')}
        </Button>
      </Group>
      <Group justify="space-between">
        <Text size="sm">{t('team.settings.count', { count: shown.length })}</Text>
        <Switch
          label={t('team.settings.showArchived')}
          checked={showArchived}
          onChange={(e) => setShowArchived(e.currentTarget.checked)}
        />
      </Group>
      {shown.length === 0 ? (
        <Text size="sm">{t('team.settings.empty')}</Text>
      ) : (
        <Table aria-label={t('team.settings.tableLabel')} verticalSpacing={4} withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('team.settings.name')}</Table.Th>
              <Table.Th scope="col">{t('team.settings.role')}</Table.Th>
              <Table.Th scope="col">{t('team.settings.manager')}</Table.Th>
              <Table.Th scope="col">{t('team.settings.reports')}</Table.Th>
              <Table.Th scope="col">{t('team.settings.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((member) => (
              <Table.Tr key={member.id}>
                <Table.Td>
                  <Group gap="xs">
                    {member.name}
                    {member.archived && (
                      <Badge variant="light" color="gray" tt="none">
                        {t('team.settings.archivedBadge')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>{member.role}</Table.Td>
                <Table.Td>{member.managerName ?? ''}</Table.Td>
                <Table.Td>{member.reportCount}</Table.Td>
                <Table.Td>
                  <Group gap={2} wrap="nowrap">
                    <Tooltip label={t('team.settings.edit', { name: member.name })}>
                      <ActionIcon
                        variant="subtle"
                        aria-label={t('team.settings.edit', { name: member.name })}
                        onClick={() => setEditing(member)}
                      >
                        <IconPencil size={16} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip
                      label={t(
                        member.archived ? 'team.settings.restore' : 'team.settings.archive',
                        {
                          name: member.name,
                        },
                      )}
                    >
                      <ActionIcon
                        variant="subtle"
                        aria-label={t(
                          member.archived ? 'team.settings.restore' : 'team.settings.archive',
                          { name: member.name },
                        )}
                        disabled={archive.isPending}
                        onClick={() => toggleArchived(member)}
                      >
                        {member.archived ? <IconArchiveOff size={16} /> : <IconArchive size={16} />}
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal
        opened={editing !== undefined}
        onClose={() => setEditing(undefined)}
        title={t(editing ? 'team.form.titleEdit' : 'team.form.titleNew')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        padding={0}
      >
        {editing !== undefined && (
          <TeamMemberForm
            key={editing?.id ?? 'new'}
            member={editing}
            team={everyone}
            onCancel={() => setEditing(undefined)}
            onSaved={() => setEditing(undefined)}
          />
        )}
      </Modal>
    </Stack>
  );
}

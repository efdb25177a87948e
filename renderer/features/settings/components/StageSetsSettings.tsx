import { Badge, Button, Group, Menu, Stack, Table, Text, Title } from '@mantine/core';
import { IconChevronDown, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  LARGE_ACCOUNT6_STAGE_SET,
  SALES8_STAGE_SET,
  type StageSet,
} from '../../../../shared/pipeline.ts';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { FormDrawer } from '../../../ui/form/FormDrawer.tsx';
import { errorText } from '../../../ui/form/errorText.ts';
import { LoadingState } from '../../../ui/LoadingState.tsx';
import { useStageSets } from '../../stages/index.ts';
import { useSaveStageSet } from '../api/useSaveStageSet.ts';
import { StageSetEditor } from './StageSetEditor.tsx';
import type { StageSetDraft } from './stageSetDraft.ts';
import { announceDone } from '../../../data/undoSteps.ts';

/** A new set copied from a built-in template: its own id, names marked as a copy. */
function fromTemplate(template: StageSet): StageSetDraft {
  return {
    id: `set_${Date.now().toString(36)}`,
    version: undefined,
    nameZh: `${template.nameZh}（副本）`,
    nameEn: `${template.nameEn} (copy)`,
    stages: structuredClone(template.stages),
  };
}

const draftOf = (set: StageSet): StageSetDraft => ({
  id: set.id,
  version: set.version,
  nameZh: set.nameZh,
  nameEn: set.nameEn,
  stages: structuredClone(set.stages),
});

/** Settings: the workspace's stage sets, the default one, and a drawer to edit or add a set. */
export function StageSetsSettings() {
  const { t } = useTranslation();
  const { sets, setLabel } = useStageSets();
  const save = useSaveStageSet();
  const [editing, setEditing] = useState<StageSetDraft | null>(null);
  const [opened, setOpened] = useState(false);

  const open = (draft: StageSetDraft) => {
    setEditing(draft);
    setOpened(true);
  };

  const makeDefault = (set: StageSet) =>
    save.mutate(
      {
        id: set.id,
        version: set.version,
        nameZh: set.nameZh,
        nameEn: set.nameEn,
        stages: set.stages,
        isDefault: true,
      },
      {
        onSuccess: () => announceDone(t('stageSets.madeDefault', { name: setLabel(set) })),
      },
    );

  if (sets.isPending) return <LoadingState />;
  if (sets.isError) return <ErrorState error={sets.error} onRetry={() => void sets.refetch()} />;

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Title order={3} fz="lg">
            {t('stageSets.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('stageSets.hint')}
          </Text>
        </div>
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <Button
              variant="light"
              leftSection={<IconPlus size={16} />}
              rightSection={<IconChevronDown size={14} />}
              style={{ flexShrink: 0 }}
            >
              {t('stageSets.newFromTemplate')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item onClick={() => open(fromTemplate(SALES8_STAGE_SET))}>
              {t('stageSets.template8')}
            </Menu.Item>
            <Menu.Item onClick={() => open(fromTemplate(LARGE_ACCOUNT6_STAGE_SET))}>
              {t('stageSets.template6')}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Group>
      {save.error && (
        <Text size="sm" c="red" role="alert">
          {errorText(t, save.error)}
        </Text>
      )}
      <Table aria-label={t('stageSets.listLabel')} verticalSpacing={6} withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('stageSets.name')}</Table.Th>
            <Table.Th w={90}>{t('stageSets.stageCount')}</Table.Th>
            <Table.Th w={260} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sets.data.map((set) => {
            const name = setLabel(set);
            return (
              <Table.Tr key={set.id}>
                <Table.Td>
                  <Group gap="xs">
                    <Text size="sm">{name}</Text>
                    {set.isDefault && (
                      <Badge size="sm" color="teal" variant="light">
                        {t('stageSets.default')}
                      </Badge>
                    )}
                    {set.builtIn && (
                      <Badge size="sm" color="gray" variant="light">
                        {t('stageSets.builtIn')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>{set.stages.length}</Table.Td>
                <Table.Td>
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    {!set.isDefault && (
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        aria-label={t('stageSets.makeDefaultLabel', { name })}
                        loading={save.isPending && save.variables?.id === set.id}
                        onClick={() => makeDefault(set)}
                      >
                        {t('stageSets.makeDefault')}
                      </Button>
                    )}
                    <Button
                      size="compact-sm"
                      variant="default"
                      aria-label={t('stageSets.editLabel', { name })}
                      onClick={() => open(draftOf(set))}
                    >
                      {t('stageSets.edit')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <FormDrawer
        opened={opened}
        onClose={() => setOpened(false)}
        onExitTransitionEnd={() => setEditing(null)}
        title={t(editing?.version === undefined ? 'stageSets.createTitle' : 'stageSets.editTitle')}
      >
        {editing && (
          <StageSetEditor
            key={`${editing.id}:${editing.version ?? 'new'}`}
            initial={editing}
            stored={sets.data.find((s) => s.id === editing.id)}
            onCancel={() => setOpened(false)}
            onSaved={() => setOpened(false)}
          />
        )}
      </FormDrawer>
    </Stack>
  );
}

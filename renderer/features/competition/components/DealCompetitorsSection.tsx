import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommitteeMember } from '../../../../shared/committee.ts';
import type {
  Competitor,
  CompetitorListItem,
  DealCompetitor,
} from '../../../../shared/competition.ts';
import type { Person } from '../../../../shared/schemas.ts';
import { RpcError } from '../../../api/RpcError.ts';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.tsx';
import { errorText } from '../../../ui/form/errorText.ts';
import { useDrawerTarget } from '../../../ui/useDrawerTarget.ts';
import { useDealCompetitorMutations } from '../api/useDealCompetitorMutations.ts';
import { CompetitorFormDrawer } from './CompetitorFormDrawer.tsx';
import { DealCompetitorCard } from './DealCompetitorCard.tsx';

type Props = {
  opportunityId: string;
  entries: DealCompetitor[];
  library: CompetitorListItem[];
  members: CommitteeMember[];
  people: Person[];
};

/** The competitors in a deal: added from the library or created on the spot, one card each. */
export function DealCompetitorsSection({
  opportunityId,
  entries,
  library,
  members,
  people,
}: Props) {
  const { t } = useTranslation();
  const { upsert, remove } = useDealCompetitorMutations(opportunityId);
  const [picked, setPicked] = useState<string | null>(null);
  const addError = upsert.error ? errorText(t, upsert.error) : null;
  const [removing, setRemoving] = useState<DealCompetitor | null>(null);
  const drawer = useDrawerTarget<Competitor | 'new'>();

  const available = library.filter(
    (c) => !c.archived && !entries.some((e) => e.competitorId === c.id),
  );

  const add = (competitorId: string) => {
    upsert.mutate(
      { competitorId },
      {
        // The app's toast says it, with Undo (renderer/app/UndoRedo.tsx).
        onSuccess: () => setPicked(null),
      },
    );
  };

  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm">
        <Select
          label={t('competition.tab.addFromLibrary')}
          placeholder={t('competition.tab.addPlaceholder')}
          data={available.map((c) => ({ value: c.id, label: c.name }))}
          value={picked}
          onChange={(value) => {
            setPicked(value);
            upsert.reset();
          }}
          error={addError}
          searchable
          clearable
          nothingFoundMessage={t('opportunities.nothingFound')}
          w={320}
        />
        <Button
          onClick={() => picked && add(picked)}
          disabled={picked === null}
          loading={upsert.isPending}
          mb={addError ? 22 : 0}
        >
          {t('competition.tab.add')}
        </Button>
        <Button
          variant="default"
          leftSection={<IconPlus size={16} />}
          onClick={() => drawer.open('new')}
          mb={addError ? 22 : 0}
        >
          {t('competition.tab.createNew')}
        </Button>
      </Group>

      {entries.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('competition.tab.noCompetitors')}
        </Text>
      ) : (
        entries.map((entry) => (
          <DealCompetitorCard
            key={entry.competitorId}
            entry={entry}
            members={members}
            people={people}
            onRemove={setRemoving}
          />
        ))
      )}

      <CompetitorFormDrawer drawer={drawer} onCreated={(c) => add(c.id)} />
      <ConfirmDialog
        opened={removing !== null}
        title={t('competition.tab.removeTitle')}
        body={t('competition.tab.removeBody', { name: removing?.competitorName ?? '' })}
        confirmLabel={t('competition.tab.remove')}
        color="red"
        busy={remove.isPending}
        onConfirm={() =>
          removing &&
          remove.mutate(removing.competitorId, {
            onError: (error) =>
              notifications.show({
                color: 'red',
                message: t(`errors.codes.${error instanceof RpcError ? error.code : 'internal'}`),
              }),
            onSettled: () => setRemoving(null),
          })
        }
        onCancel={() => setRemoving(null)}
      />
    </Stack>
  );
}

import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comparison, Criterion, VendorKey } from '../../../../shared/competition.ts';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.tsx';
import { ExportMenu } from '../../../ui/ExportMenu.tsx';
import { useCriteriaMutations } from '../api/useCriteriaMutations.ts';
import { useCriterionCommit } from '../hooks/useCriterionCommit.ts';
import { criteriaExportTable } from '../utils/criteriaExportTable.ts';
import { CriteriaEmpty } from './CriteriaEmpty.tsx';
import { CriterionRow } from './CriterionRow.tsx';
import { StaleCriteriaAlert } from './StaleCriteriaAlert.tsx';

type Props = {
  opportunityId: string;
  /** The deal's name, for the exported file's. */
  dealName: string;
  comparison: Comparison;
};

/**
 * The deal's buying criteria as a small spreadsheet: name, area, weight (with its share of the
 * total), a 1–10 score for us and each competitor, a note per score. Each cell saves on its own;
 * a refused value stays in its cell with the reason.
 */
export function CriteriaGrid({ opportunityId, dealName, comparison }: Props) {
  const { t } = useTranslation();
  const { remove, refresh } = useCriteriaMutations(opportunityId);
  const saves = useCriterionCommit(opportunityId);
  const [removing, setRemoving] = useState<Criterion | null>(null);
  const { vendors, criteria } = comparison;
  const addOne = () =>
    void saves.commit(null, { name: t('competition.criteria.newName'), weight: 1 });

  if (criteria.length === 0) {
    return <CriteriaEmpty opportunityId={opportunityId} onAdd={addOne} />;
  }

  const vendorLabel = (vendor: VendorKey) =>
    vendor === 'us'
      ? t('competition.criteria.us')
      : (vendors.find((v) => v.vendor === vendor)?.name ?? vendor);

  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t('competition.criteria.hint')}
      </Text>
      {saves.stale && (
        <StaleCriteriaAlert
          onReload={() => {
            saves.clearStale();
            void refresh();
          }}
        />
      )}
      {saves.generalError && (
        <Text size="sm" c="red" role="alert">
          {saves.generalError}
        </Text>
      )}
      <Table.ScrollContainer minWidth={560 + vendors.length * 110}>
        <Table aria-label={t('competition.criteria.tableLabel')} verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('competition.criteria.name')}</Table.Th>
              <Table.Th>{t('competition.criteria.area')}</Table.Th>
              <Table.Th>{t('competition.criteria.weight')}</Table.Th>
              <Table.Th ta="right">{t('competition.criteria.share')}</Table.Th>
              {vendors.map((v) => (
                <Table.Th key={v.vendor}>
                  {v.vendor === 'us'
                    ? t('competition.criteria.ourScore')
                    : t('competition.criteria.scoreOf', { vendor: vendorLabel(v.vendor) })}
                </Table.Th>
              ))}
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {criteria.map((c, index) => (
              <CriterionRow
                key={c.id}
                criterion={c}
                index={index}
                vendors={vendors.map((v) => v.vendor)}
                vendorLabel={vendorLabel}
                saves={saves}
                onRemove={setRemoving}
              />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group justify="space-between">
        <Button variant="subtle" size="xs" leftSection={<IconPlus size={14} />} onClick={addOne}>
          {t('competition.criteria.add')}
        </Button>
        <ExportMenu
          name={t('exportList.names.criteria', { deal: dealName })}
          table={() => criteriaExportTable(comparison, t)}
        />
      </Group>
      <ConfirmDialog
        opened={removing !== null}
        title={t('competition.criteria.removeTitle')}
        body={t('competition.criteria.removeBody', { name: removing?.name ?? '' })}
        confirmLabel={t('competition.criteria.remove')}
        color="red"
        busy={remove.isPending}
        onConfirm={() =>
          removing &&
          remove.mutate(removing.id, {
            onSettled: () => setRemoving(null),
          })
        }
        onCancel={() => setRemoving(null)}
      />
    </Stack>
  );
}

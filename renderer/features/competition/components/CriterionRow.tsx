import { ActionIcon, Group, NativeSelect, Table, Text, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Criterion, VendorKey } from '../../../../shared/competition.ts';
import { CRITERIA_AREAS, type CriteriaArea } from '../../../../shared/enums.ts';
import { useFormatters } from '../../../ui/useFormatters.ts';
import { scoreOf, type CriterionCommit } from '../hooks/useCriterionCommit.ts';
import { CellInput } from './CellInput.tsx';
import { CriterionNoteButton } from './CriterionNoteButton.tsx';

type Props = {
  criterion: Criterion;
  /** Its place in the list, from 0. */
  index: number;
  vendors: VendorKey[];
  vendorLabel: (vendor: VendorKey) => string;
  saves: CriterionCommit;
  onRemove: (criterion: Criterion) => void;
};

/**
 * One criterion: name, area, weight and its share, then a score and a note per vendor. The text
 * cells are CellInputs: the same column of every row is reached with ↑/↓ and Enter.
 */
export function CriterionRow({
  criterion: c,
  index,
  vendors,
  vendorLabel,
  saves,
  onRemove,
}: Props) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  return (
    <Table.Tr data-testid={`criterion-${c.id}`}>
      <Table.Td miw={180}>
        <CellInput
          label={t('competition.criteria.nameOf', { index: index + 1 })}
          value={c.name}
          data-cell="name"
          onCommit={(text) => saves.commit(c.id, { name: text })}
        />
      </Table.Td>
      <Table.Td>
        <NativeSelect
          size="xs"
          w={180}
          aria-label={t('competition.criteria.areaOf', { name: c.name })}
          value={c.area ?? ''}
          data={[
            { value: '', label: t('competition.criteria.noArea') },
            ...CRITERIA_AREAS.map((a) => ({
              value: a,
              label: t(`enums.criteriaArea.${a}`),
            })),
          ]}
          onChange={(e) => {
            const value = e.currentTarget.value;
            void saves.commit(c.id, {
              area: value === '' ? null : (value as CriteriaArea),
            });
          }}
        />
      </Table.Td>
      <Table.Td>
        <CellInput
          label={t('competition.criteria.weightOf', { name: c.name })}
          value={String(c.weight)}
          width={80}
          align="right"
          inputMode="decimal"
          data-cell="weight"
          onCommit={(text) => saves.commitWeight(c, text)}
        />
      </Table.Td>
      <Table.Td ta="right" data-testid="weight-percent">
        <Text size="sm" span>
          {fmt.percent(c.weightPercent)}
        </Text>
      </Table.Td>
      {vendors.map((vendor) => {
        const s = scoreOf(c, vendor);
        const names = { vendor: vendorLabel(vendor), name: c.name };
        return (
          <Table.Td key={vendor}>
            <Group gap={4} wrap="nowrap" align="flex-start">
              <CellInput
                label={t('competition.criteria.scoreCell', names)}
                value={s.score === null ? '' : String(s.score)}
                width={56}
                align="right"
                inputMode="numeric"
                data-cell={`score-${vendor}`}
                onCommit={(text) => saves.commitScore(c, vendor, text)}
              />
              <CriterionNoteButton
                label={t('competition.criteria.noteCell', names)}
                note={s.note}
                onSave={(note) => saves.commit(c.id, { scores: [{ ...s, note }] })}
              />
            </Group>
          </Table.Td>
        );
      })}
      <Table.Td>
        <Tooltip label={t('competition.criteria.removeLabel', { name: c.name })}>
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={t('competition.criteria.removeLabel', { name: c.name })}
            onClick={() => onRemove(c)}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Tooltip>
      </Table.Td>
    </Table.Tr>
  );
}

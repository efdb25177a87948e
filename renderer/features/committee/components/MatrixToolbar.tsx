import { Group, NativeSelect, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CommitteeMember } from '../../../../shared/committee.ts';
import { ATTITUDES, INFLUENCES, type Attitude, type Influence } from '../../../../shared/enums.ts';
import type { Person } from '../../../../shared/schemas.ts';
import { ExportMenu } from '../../../ui/ExportMenu.tsx';
import type { ExportTable } from '../../../ui/exportTable.ts';
import { SearchInput } from '../../../ui/SearchInput.tsx';
import type { MatrixFilters } from '../hooks/useMatrixRows.ts';
import { AddMemberPicker } from './AddMemberPicker.tsx';

type Props = {
  opportunityId: string;
  accountId: string;
  members: CommitteeMember[];
  people: Person[];
  filters: MatrixFilters;
  /** How many rows are shown. */
  count: number;
  onAdded: (personId: string) => void;
  /** The file name and the rows shown, for Export. */
  exportName: string;
  exportTable: () => ExportTable;
};

/** Above the matrix: search, the attitude and influence filters, and adding a member. */
export function MatrixToolbar({ filters, count, exportName, exportTable, ...picker }: Props) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap">
        <SearchInput
          value={filters.query}
          onChange={filters.setQuery}
          placeholder={t('committee.matrix.searchPlaceholder')}
        />
        {/* Native selects: two filters do not need Mantine's scrolling option lists. */}
        <NativeSelect
          aria-label={t('committee.matrix.filterAttitude')}
          data={[
            { value: '', label: t('committee.matrix.allAttitudes') },
            ...ATTITUDES.map((a) => ({ value: a, label: t(`committee.enums.attitude.${a}`) })),
          ]}
          value={filters.attitude ?? ''}
          onChange={(e) => filters.setAttitude((e.currentTarget.value || null) as Attitude | null)}
          w={150}
        />
        <NativeSelect
          aria-label={t('committee.matrix.filterInfluence')}
          data={[
            { value: '', label: t('committee.matrix.allInfluences') },
            ...INFLUENCES.map((i) => ({ value: i, label: t(`committee.enums.influence.${i}`) })),
          ]}
          value={filters.influence ?? ''}
          onChange={(e) =>
            filters.setInfluence((e.currentTarget.value || null) as Influence | null)
          }
          w={150}
        />
        <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {t('committee.matrix.count', { count })}
        </Text>
      </Group>
      <Group gap="sm" wrap="nowrap">
        <ExportMenu name={exportName} table={exportTable} />
        <AddMemberPicker {...picker} />
      </Group>
    </Group>
  );
}

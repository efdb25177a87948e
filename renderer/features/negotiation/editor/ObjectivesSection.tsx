import { ActionIcon, Button, NativeSelect, NumberInput, Table, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { memo } from 'react';
import { DIRECTIONS, type Objective } from '../../../../shared/negotiation.ts';
import { useNegotiationT } from '../i18n/useNegotiationT.ts';
import { Section, stickyHeadings } from './Section.tsx';
import { maxRows, numberProps, selectProps, textProps } from './fieldProps.ts';
import type { FieldErrors, SheetActions } from './useSheetForm.ts';

const newObjective = (): Objective => ({
  term: '',
  direction: 'higher_is_better',
  ideal: 0,
  target: 0,
  walkAway: 0,
  unit: '',
});

type Props = {
  objectives: readonly Objective[];
  errors: FieldErrors;
  actions: SheetActions;
  focusSoon: (key: string) => void;
};

/** Ideal / target / walk-away per headline term, checked in order as the user types. */
export const ObjectivesSection = memo(function ObjectivesSection({
  objectives,
  errors,
  actions,
  focusSoon,
}: Props) {
  const { t, tEnum } = useNegotiationT();
  const cell = (column: string, row: number) => t('editor.row', { column, row: row + 1 });
  const amount = (field: 'ideal' | 'target' | 'walkAway', column: string, row: number) => (
    <NumberInput
      {...numberProps(
        `objectives.${row}.${field}`,
        objectives[row]![field],
        actions,
        errors,
        false,
      )}
      aria-label={cell(column, row)}
      hideControls
      thousandSeparator
      size="xs"
    />
  );

  return (
    <Section title={t('objectives.title')} hint={t('objectives.hint')}>
      {objectives.length > 0 && (
        <Table {...stickyHeadings} verticalSpacing={4} horizontalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="26%">{t('objectives.term')}</Table.Th>
              <Table.Th w={150}>{t('objectives.direction')}</Table.Th>
              <Table.Th>{t('objectives.ideal')}</Table.Th>
              <Table.Th>{t('objectives.target')}</Table.Th>
              <Table.Th>{t('objectives.walkAway')}</Table.Th>
              <Table.Th w={90}>{t('objectives.unit')}</Table.Th>
              <Table.Th w={40} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {objectives.map((o, i) => (
              <Table.Tr key={i} style={{ verticalAlign: 'top' }}>
                <Table.Td>
                  <TextInput
                    {...textProps(`objectives.${i}.term`, o.term, actions, errors)}
                    aria-label={cell(t('objectives.term'), i)}
                    placeholder={t('objectives.termPlaceholder')}
                    size="xs"
                  />
                </Table.Td>
                <Table.Td>
                  <NativeSelect
                    {...selectProps(`objectives.${i}.direction`, o.direction, actions, errors)}
                    aria-label={cell(t('objectives.direction'), i)}
                    data={DIRECTIONS.map((d) => ({
                      value: d,
                      label: tEnum('negotiationDirection', d),
                    }))}
                    size="xs"
                  />
                </Table.Td>
                <Table.Td>{amount('ideal', t('objectives.ideal'), i)}</Table.Td>
                <Table.Td>{amount('target', t('objectives.target'), i)}</Table.Td>
                <Table.Td>{amount('walkAway', t('objectives.walkAway'), i)}</Table.Td>
                <Table.Td>
                  <TextInput
                    {...textProps(`objectives.${i}.unit`, o.unit, actions, errors)}
                    aria-label={cell(t('objectives.unit'), i)}
                    size="xs"
                  />
                </Table.Td>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={`${t('objectives.title')}${t('editor.colon')}${t('editor.remove', { row: i + 1 })}`}
                    onClick={() => actions.remove('objectives', i)}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Button
        variant="light"
        size="xs"
        leftSection={<IconPlus size={14} />}
        style={{ alignSelf: 'flex-start' }}
        disabled={objectives.length >= maxRows('objectives')}
        onClick={() => {
          actions.insert('objectives', newObjective());
          focusSoon(`objectives.${objectives.length}.term`);
        }}
      >
        {t('objectives.add')}
      </Button>
    </Section>
  );
});

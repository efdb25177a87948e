import { ActionIcon, Button, NativeSelect, NumberInput, Table, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { DIRECTIONS, type Objective } from '../../../../shared/negotiation.ts';
import { useNegotiationT } from '../i18n/useNegotiationT.ts';
import { Section } from './Section.tsx';
import { MAX_ROWS, type SheetFormState } from './useSheetForm.ts';

const newObjective = (): Objective => ({
  term: '',
  direction: 'higher_is_better',
  ideal: 0,
  target: 0,
  walkAway: 0,
  unit: '',
});

/** Ideal / target / walk-away per headline term, checked in order as the user types. */
export function ObjectivesSection({
  state,
  focusSoon,
}: {
  state: SheetFormState;
  focusSoon: (key: string) => void;
}) {
  const { t, tEnum } = useNegotiationT();
  const { form, values, bind } = state;
  const cell = (column: string, row: number) => t('editor.row', { column, row: row + 1 });
  const amount = (key: string, column: string, row: number) => {
    const { value, onChange, ...rest } = bind(key);
    return (
      <NumberInput
        {...rest}
        aria-label={cell(column, row)}
        value={typeof value === 'number' ? value : ''}
        onChange={(v) => (onChange as (n: number) => void)(v === '' ? 0 : Number(v))}
        hideControls
        thousandSeparator
        size="xs"
      />
    );
  };

  return (
    <Section title={t('objectives.title')} hint={t('objectives.hint')}>
      {values.objectives.length > 0 && (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing={4} horizontalSpacing={6}>
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
              {values.objectives.map((_, i) => (
                <Table.Tr key={i} style={{ verticalAlign: 'top' }}>
                  <Table.Td>
                    <TextInput
                      {...bind(`objectives.${i}.term`)}
                      aria-label={cell(t('objectives.term'), i)}
                      placeholder={t('objectives.termPlaceholder')}
                      size="xs"
                    />
                  </Table.Td>
                  <Table.Td>
                    <NativeSelect
                      {...bind(`objectives.${i}.direction`)}
                      aria-label={cell(t('objectives.direction'), i)}
                      data={DIRECTIONS.map((d) => ({
                        value: d,
                        label: tEnum('negotiationDirection', d),
                      }))}
                      size="xs"
                    />
                  </Table.Td>
                  <Table.Td>{amount(`objectives.${i}.ideal`, t('objectives.ideal'), i)}</Table.Td>
                  <Table.Td>{amount(`objectives.${i}.target`, t('objectives.target'), i)}</Table.Td>
                  <Table.Td>
                    {amount(`objectives.${i}.walkAway`, t('objectives.walkAway'), i)}
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      {...bind(`objectives.${i}.unit`)}
                      aria-label={cell(t('objectives.unit'), i)}
                      size="xs"
                    />
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={`${t('objectives.title')}${t('editor.colon')}${t('editor.remove', { row: i + 1 })}`}
                      onClick={() => form.removeListItem('objectives', i)}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Button
        variant="light"
        size="xs"
        leftSection={<IconPlus size={14} />}
        style={{ alignSelf: 'flex-start' }}
        disabled={values.objectives.length >= MAX_ROWS.objectives}
        onClick={() => {
          form.insertListItem('objectives', newObjective());
          focusSoon(`objectives.${values.objectives.length}.term`);
        }}
      >
        {t('objectives.add')}
      </Button>
    </Section>
  );
}

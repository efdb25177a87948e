import {
  ActionIcon,
  Badge,
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import {
  IconAlertTriangle,
  IconArrowDown,
  IconArrowRight,
  IconArrowUp,
  IconPlus,
  IconTrash,
} from '@tabler/icons-react';
import { Fragment, memo } from 'react';
import type {
  Concession,
  ConcessionWarning,
  NegotiationIssue,
} from '../../../../shared/negotiation.ts';
import { useFormatters } from '../../../ui/useFormatters.ts';
import { useNegotiationT } from '../i18n/useNegotiationT.ts';
import { Section, stickyHeadings } from './Section.tsx';
import { maxRows, numberProps, selectProps, textProps } from './fieldProps.ts';
import type { FieldErrors, SheetActions } from './useSheetForm.ts';

/** Give → get pairs; a concession past its issue's limit is marked on its row. */
export const ConcessionsSection = memo(function ConcessionsSection({
  concessions,
  issues,
  warnings,
  errors,
  actions,
  focusSoon,
}: {
  concessions: readonly Concession[];
  issues: readonly NegotiationIssue[];
  warnings: readonly ConcessionWarning[];
  errors: FieldErrors;
  actions: SheetActions;
  focusSoon: (key: string) => void;
}) {
  const { t, issueLabel } = useNegotiationT();
  const fmt = useFormatters();
  const cell = (column: string, row: number) => t('editor.row', { column, row: row + 1 });
  const options = issues.map((i) => ({ value: i.key, label: issueLabel(i.key, i.label) }));
  const beyond = new Map(warnings.map((w) => [w.index, w]));

  const issueSelect = (key: string, column: string, row: number, current: string) => (
    <NativeSelect
      {...selectProps(key, current, actions, errors)}
      aria-label={cell(column, row)}
      // A key no longer on the sheet stays visible so that its refusal makes sense.
      data={
        options.some((o) => o.value === current)
          ? options
          : [...options, { value: current, label: current }]
      }
      size="xs"
    />
  );

  const add = () => {
    const first = issues[0]?.key;
    if (!first) return;
    const concession: Concession = {
      giveIssue: first,
      give: '',
      giveValue: null,
      getIssue: issues[1]?.key ?? first,
      get: '',
    };
    actions.insert('concessions', concession);
    focusSoon(`concessions.${concessions.length}.giveIssue`);
  };

  return (
    <Section
      title={t('concessions.title')}
      hint={t('concessions.hint')}
      testId="concessions-section"
      aside={
        warnings.length > 0 && (
          <Badge
            color="orange"
            variant="light"
            tt="none"
            leftSection={<IconAlertTriangle size={12} />}
          >
            {t('concessions.beyondCount', { count: warnings.length })}
          </Badge>
        )
      }
    >
      {concessions.length > 0 && (
        <Table
          {...stickyHeadings}
          verticalSpacing={4}
          horizontalSpacing={6}
          aria-label={t('concessions.title')}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={30}>#</Table.Th>
              <Table.Th w={150}>{t('concessions.giveIssue')}</Table.Th>
              <Table.Th>{t('concessions.give')}</Table.Th>
              <Table.Th w={130}>{t('concessions.giveValue')}</Table.Th>
              <Table.Th w={24} aria-label={t('concessions.arrow')} />
              <Table.Th w={150}>{t('concessions.getIssue')}</Table.Th>
              <Table.Th>{t('concessions.get')}</Table.Th>
              <Table.Th w={96} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {concessions.map((c, i) => {
              const warning = beyond.get(i);
              const limit = issues.find((it) => it.key === c.giveIssue)?.limit;
              return (
                <Fragment key={i}>
                  <Table.Tr
                    style={{ verticalAlign: 'top' }}
                    data-beyond-limit={warning ? '' : undefined}
                    bg={warning ? 'var(--mantine-color-orange-light)' : undefined}
                  >
                    <Table.Td>
                      <Text size="sm" pt={4}>
                        {i + 1}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {issueSelect(
                        `concessions.${i}.giveIssue`,
                        t('concessions.giveIssue'),
                        i,
                        c.giveIssue,
                      )}
                    </Table.Td>
                    <Table.Td>
                      <TextInput
                        {...textProps(`concessions.${i}.give`, c.give, actions, errors)}
                        aria-label={cell(t('concessions.give'), i)}
                        size="xs"
                      />
                    </Table.Td>
                    <Table.Td>
                      <NumberInput
                        {...numberProps(`concessions.${i}.giveValue`, c.giveValue, actions, errors)}
                        aria-label={cell(t('concessions.giveValue'), i)}
                        hideControls
                        thousandSeparator
                        size="xs"
                      />
                    </Table.Td>
                    <Table.Td>
                      <IconArrowRight size={16} style={{ marginTop: 6 }} aria-hidden />
                    </Table.Td>
                    <Table.Td>
                      {issueSelect(
                        `concessions.${i}.getIssue`,
                        t('concessions.getIssue'),
                        i,
                        c.getIssue,
                      )}
                    </Table.Td>
                    <Table.Td>
                      <TextInput
                        {...textProps(`concessions.${i}.get`, c.get, actions, errors)}
                        aria-label={cell(t('concessions.get'), i)}
                        size="xs"
                      />
                    </Table.Td>
                    <Table.Td>
                      <Group gap={0} wrap="nowrap">
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={t('concessions.moveUp', { row: i + 1 })}
                          disabled={i === 0}
                          onClick={() => {
                            actions.move('concessions', i, i - 1);
                            focusSoon(`concessions.${i - 1}.giveIssue`);
                          }}
                        >
                          <IconArrowUp size={16} />
                        </ActionIcon>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={t('concessions.moveDown', { row: i + 1 })}
                          disabled={i === concessions.length - 1}
                          onClick={() => {
                            actions.move('concessions', i, i + 1);
                            focusSoon(`concessions.${i + 1}.giveIssue`);
                          }}
                        >
                          <IconArrowDown size={16} />
                        </ActionIcon>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={`${t('concessions.title')}${t('editor.colon')}${t('editor.remove', { row: i + 1 })}`}
                          onClick={() => actions.remove('concessions', i)}
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                  {warning && (
                    <Table.Tr bg="var(--mantine-color-orange-light)">
                      <Table.Td />
                      <Table.Td colSpan={7}>
                        <Group gap={6} data-testid={`concession-warning-${i}`}>
                          <IconAlertTriangle
                            size={16}
                            color="var(--mantine-color-orange-7)"
                            aria-hidden
                          />
                          <Text size="sm" c="orange" fw={500}>
                            {t('concessions.beyondLimit', {
                              issue: issueLabel(
                                warning.issue,
                                issues.find((it) => it.key === warning.issue)?.label,
                              ),
                              limit: limit == null ? '' : fmt.decimal(limit),
                            })}
                          </Text>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  )}
                </Fragment>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      {issues.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('concessions.needIssues')}
        </Text>
      ) : (
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} />}
          style={{ alignSelf: 'flex-start' }}
          disabled={concessions.length >= maxRows('concessions')}
          onClick={add}
        >
          {t('concessions.add')}
        </Button>
      )}
    </Section>
  );
});

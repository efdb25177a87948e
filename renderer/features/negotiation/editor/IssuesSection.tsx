import {
  ActionIcon,
  Button,
  Input,
  Menu,
  NativeSelect,
  NumberInput,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconChevronDown, IconHash, IconTrash } from '@tabler/icons-react';
import { memo } from 'react';
import { NEGOTIATION_ISSUES, PRIORITIES } from '../../../../shared/enums.ts';
import {
  DIRECTIONS,
  type Concession,
  type IssueKey,
  type NegotiationIssue,
} from '../../../../shared/negotiation.ts';
import { useNegotiationT } from '../i18n/useNegotiationT.ts';
import { emptyIssue, isBuiltInIssue, nextCustomKey } from '../utils/sheetDraft.ts';
import { Section, stickyHeadings } from './Section.tsx';
import { fieldError, maxRows, numberProps, selectProps, textProps } from './fieldProps.ts';
import type { FieldErrors, SheetActions } from './useSheetForm.ts';

/** Each issue on the table: priorities on both sides, opening, our one limit and what we could trade. */
export const IssuesSection = memo(function IssuesSection({
  issues,
  concessions,
  errors,
  actions,
  focusSoon,
}: {
  issues: readonly NegotiationIssue[];
  /** To keep an issue a concession uses from being removed. */
  concessions: readonly Concession[];
  errors: FieldErrors;
  actions: SheetActions;
  focusSoon: (key: string) => void;
}) {
  const { t, tEnum, issueLabel } = useNegotiationT();
  const cell = (column: string, row: number) => t('editor.row', { column, row: row + 1 });
  const priorities = [
    { value: '', label: t('issues.noPriority') },
    ...PRIORITIES.map((p) => ({ value: p, label: tEnum('negotiationPriority', p) })),
  ];
  const directions = [
    { value: '', label: t('issues.noDirection') },
    ...DIRECTIONS.map((d) => ({ value: d, label: tEnum('negotiationDirection', d) })),
  ];
  const used = new Set(concessions.flatMap((c) => [c.giveIssue, c.getIssue]));
  const missing = NEGOTIATION_ISSUES.filter((k) => !issues.some((i) => i.key === k));

  const add = (key: IssueKey) => {
    actions.insert('issues', emptyIssue(key));
    const i = issues.length;
    focusSoon(isBuiltInIssue(key) ? `issues.${i}.ourPriority` : `issues.${i}.label`);
  };

  return (
    <Section title={t('issues.title')} hint={t('issues.hint')}>
      <Table
        {...stickyHeadings}
        verticalSpacing={4}
        horizontalSpacing={6}
        aria-label={t('issues.title')}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={170}>{t('issues.issue')}</Table.Th>
            <Table.Th w={100}>{t('issues.ourPriority')}</Table.Th>
            <Table.Th w={100}>{t('issues.theirPriority')}</Table.Th>
            <Table.Th>{t('issues.opening')}</Table.Th>
            <Table.Th w={230}>{t('issues.limit')}</Table.Th>
            <Table.Th>{t('issues.trade')}</Table.Th>
            <Table.Th w={40} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {issues.map((issue, i) => {
            const name = issueLabel(issue.key, issue.label);
            const inUse = used.has(issue.key);
            const keyError = fieldError(errors, `issues.${i}.key`);
            return (
              <Table.Tr key={i} style={{ verticalAlign: 'top' }} data-issue={issue.key}>
                <Table.Td>
                  {isBuiltInIssue(issue.key) ? (
                    <Text size="sm" fw={500} pt={4}>
                      {name}
                    </Text>
                  ) : (
                    <TextInput
                      {...textProps(`issues.${i}.label`, issue.label, actions, errors)}
                      aria-label={cell(t('issues.label'), i)}
                      placeholder={t('issues.customPlaceholder')}
                      size="xs"
                    />
                  )}
                  {keyError && <Input.Error>{keyError}</Input.Error>}
                </Table.Td>
                <Table.Td>
                  <NativeSelect
                    {...selectProps(
                      `issues.${i}.ourPriority`,
                      issue.ourPriority,
                      actions,
                      errors,
                      true,
                    )}
                    aria-label={`${t('issues.ourPriority')}${t('editor.colon')}${name}`}
                    data={priorities}
                    size="xs"
                  />
                </Table.Td>
                <Table.Td>
                  <NativeSelect
                    {...selectProps(
                      `issues.${i}.theirPriority`,
                      issue.theirPriority,
                      actions,
                      errors,
                      true,
                    )}
                    aria-label={`${t('issues.theirPriority')}${t('editor.colon')}${name}`}
                    data={priorities}
                    size="xs"
                  />
                </Table.Td>
                <Table.Td>
                  <Stack gap={4}>
                    <TextInput
                      {...textProps(`issues.${i}.opening`, issue.opening, actions, errors)}
                      aria-label={`${t('issues.opening')}${t('editor.colon')}${name}`}
                      size="xs"
                    />
                    <NumberInput
                      {...numberProps(
                        `issues.${i}.openingValue`,
                        issue.openingValue,
                        actions,
                        errors,
                      )}
                      aria-label={`${t('issues.openingValue')}${t('editor.colon')}${name}`}
                      placeholder={t('issues.openingValue')}
                      leftSection={<IconHash size={12} />}
                      hideControls
                      thousandSeparator
                      size="xs"
                    />
                  </Stack>
                </Table.Td>
                <Table.Td>
                  {/* One limit: the number a concession is checked against, which way is
                        better (asked here, since "past the limit" depends on it), and a note. */}
                  <Stack gap={4}>
                    <NumberInput
                      {...numberProps(`issues.${i}.limit`, issue.limit, actions, errors)}
                      aria-label={`${t('issues.limit')}${t('editor.colon')}${name}`}
                      placeholder={t('issues.limitPlaceholder')}
                      leftSection={<IconHash size={12} />}
                      hideControls
                      thousandSeparator
                      size="xs"
                    />
                    <NativeSelect
                      {...selectProps(
                        `issues.${i}.direction`,
                        issue.direction,
                        actions,
                        errors,
                        true,
                      )}
                      aria-label={`${t('issues.direction')}${t('editor.colon')}${name}`}
                      data={directions}
                      size="xs"
                    />
                    <TextInput
                      {...textProps(`issues.${i}.limitNote`, issue.limitNote, actions, errors)}
                      aria-label={`${t('issues.limitNote')}${t('editor.colon')}${name}`}
                      placeholder={t('issues.limitNotePlaceholder')}
                      size="xs"
                    />
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Textarea
                    {...textProps(`issues.${i}.trade`, issue.trade, actions, errors)}
                    aria-label={`${t('issues.trade')}${t('editor.colon')}${name}`}
                    autosize
                    minRows={1}
                    maxRows={4}
                    size="xs"
                  />
                </Table.Td>
                <Table.Td>
                  <Tooltip label={t('issues.inUse')} disabled={!inUse}>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={`${t('issues.title')}${t('editor.colon')}${t('editor.remove', { row: i + 1 })}`}
                      disabled={inUse}
                      onClick={() => actions.remove('issues', i)}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Tooltip>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <Menu position="bottom-start">
        <Menu.Target>
          <Button
            variant="light"
            size="xs"
            rightSection={<IconChevronDown size={14} />}
            disabled={issues.length >= maxRows('issues')}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('issues.addCustom')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => add(nextCustomKey(issues))}>{t('issues.customItem')}</Menu.Item>
          {missing.length > 0 && <Menu.Divider />}
          {missing.map((k) => (
            <Menu.Item key={k} onClick={() => add(k)}>
              {tEnum('negotiationIssue', k)}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
    </Section>
  );
});

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
import type { ChangeEvent } from 'react';
import { NEGOTIATION_ISSUES, PRIORITIES } from '../../../../shared/enums.ts';
import { DIRECTIONS, type IssueKey } from '../../../../shared/negotiation.ts';
import { nullableNumberProps } from '../../../ui/form/nullableNumberProps.ts';
import { useNegotiationT } from '../i18n/useNegotiationT.ts';
import { emptyIssue, isBuiltInIssue, nextCustomKey } from '../utils/sheetDraft.ts';
import { Section } from './Section.tsx';
import { MAX_ROWS, type SheetFormState } from './useSheetForm.ts';

/** Each issue on the table: priorities on both sides, opening, limit and what we could trade. */
export function IssuesSection({
  state,
  focusSoon,
}: {
  state: SheetFormState;
  focusSoon: (key: string) => void;
}) {
  const { t, tEnum, issueLabel } = useNegotiationT();
  const { form, values, bind, errorFor } = state;
  const cell = (column: string, row: number) => t('editor.row', { column, row: row + 1 });
  const priorities = [
    { value: '', label: t('issues.noPriority') },
    ...PRIORITIES.map((p) => ({ value: p, label: tEnum('negotiationPriority', p) })),
  ];
  const directions = [
    { value: '', label: t('issues.noDirection') },
    ...DIRECTIONS.map((d) => ({ value: d, label: tEnum('negotiationDirection', d) })),
  ];
  const used = new Set(values.concessions.flatMap((c) => [c.giveIssue, c.getIssue]));
  const missing = NEGOTIATION_ISSUES.filter((k) => !values.issues.some((i) => i.key === k));

  /** NativeSelect speaks '' for "none"; the sheet stores null. */
  const nullableSelect = (key: string) => {
    const { value, onChange, ...rest } = bind(key);
    return {
      ...rest,
      value: typeof value === 'string' ? value : '',
      onChange: (e: ChangeEvent<HTMLSelectElement>) =>
        (onChange as (v: string | null) => void)(e.currentTarget.value || null),
    };
  };

  const add = (key: IssueKey) => {
    form.insertListItem('issues', emptyIssue(key));
    const i = values.issues.length;
    focusSoon(isBuiltInIssue(key) ? `issues.${i}.ourPriority` : `issues.${i}.label`);
  };

  return (
    <Section title={t('issues.title')} hint={t('issues.hint')}>
      <Table.ScrollContainer minWidth={1120}>
        <Table verticalSpacing={4} horizontalSpacing={6} aria-label={t('issues.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={170}>{t('issues.issue')}</Table.Th>
              <Table.Th w={100}>{t('issues.ourPriority')}</Table.Th>
              <Table.Th w={100}>{t('issues.theirPriority')}</Table.Th>
              <Table.Th w={160}>{t('issues.direction')}</Table.Th>
              <Table.Th>{t('issues.opening')}</Table.Th>
              <Table.Th>{t('issues.limit')}</Table.Th>
              <Table.Th>{t('issues.trade')}</Table.Th>
              <Table.Th w={40} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {values.issues.map((issue, i) => {
              const name = issueLabel(issue.key, issue.label);
              const inUse = used.has(issue.key);
              const keyError = errorFor(`issues.${i}.key`);
              return (
                <Table.Tr key={i} style={{ verticalAlign: 'top' }} data-issue={issue.key}>
                  <Table.Td>
                    {isBuiltInIssue(issue.key) ? (
                      <Text size="sm" fw={500} pt={4}>
                        {name}
                      </Text>
                    ) : (
                      <TextInput
                        {...bind(`issues.${i}.label`)}
                        aria-label={cell(t('issues.label'), i)}
                        placeholder={t('issues.customPlaceholder')}
                        size="xs"
                      />
                    )}
                    {keyError && <Input.Error>{keyError}</Input.Error>}
                  </Table.Td>
                  <Table.Td>
                    <NativeSelect
                      {...nullableSelect(`issues.${i}.ourPriority`)}
                      aria-label={`${t('issues.ourPriority')}${t('editor.colon')}${name}`}
                      data={priorities}
                      size="xs"
                    />
                  </Table.Td>
                  <Table.Td>
                    <NativeSelect
                      {...nullableSelect(`issues.${i}.theirPriority`)}
                      aria-label={`${t('issues.theirPriority')}${t('editor.colon')}${name}`}
                      data={priorities}
                      size="xs"
                    />
                  </Table.Td>
                  <Table.Td>
                    <NativeSelect
                      {...nullableSelect(`issues.${i}.direction`)}
                      aria-label={`${t('issues.direction')}${t('editor.colon')}${name}`}
                      data={directions}
                      size="xs"
                    />
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={4}>
                      <TextInput
                        {...bind(`issues.${i}.opening`)}
                        aria-label={`${t('issues.opening')}${t('editor.colon')}${name}`}
                        size="xs"
                      />
                      {issue.direction !== null && (
                        <NumberInput
                          {...nullableNumberProps(form.getInputProps(`issues.${i}.openingValue`))}
                          error={errorFor(`issues.${i}.openingValue`)}
                          data-path={`issues.${i}.openingValue`}
                          aria-label={`${t('issues.openingValue')}${t('editor.colon')}${name}`}
                          placeholder={t('issues.openingValue')}
                          leftSection={<IconHash size={12} />}
                          hideControls
                          thousandSeparator
                          size="xs"
                        />
                      )}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={4}>
                      <TextInput
                        {...bind(`issues.${i}.limit`)}
                        aria-label={`${t('issues.limit')}${t('editor.colon')}${name}`}
                        size="xs"
                      />
                      {issue.direction !== null && (
                        <NumberInput
                          {...nullableNumberProps(form.getInputProps(`issues.${i}.limitValue`))}
                          error={errorFor(`issues.${i}.limitValue`)}
                          data-path={`issues.${i}.limitValue`}
                          aria-label={`${t('issues.limitValue')}${t('editor.colon')}${name}`}
                          placeholder={t('issues.limitValue')}
                          leftSection={<IconHash size={12} />}
                          hideControls
                          thousandSeparator
                          size="xs"
                        />
                      )}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Textarea
                      {...bind(`issues.${i}.trade`)}
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
                        onClick={() => form.removeListItem('issues', i)}
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
      </Table.ScrollContainer>
      <Menu position="bottom-start">
        <Menu.Target>
          <Button
            variant="light"
            size="xs"
            rightSection={<IconChevronDown size={14} />}
            disabled={values.issues.length >= MAX_ROWS.issues}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('issues.addCustom')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => add(nextCustomKey(values.issues))}>
            {t('issues.customItem')}
          </Menu.Item>
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
}

import { Badge, Button, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  whatIfChange,
  type CommitteeMember,
  type WhatIfChange,
} from '../../../../shared/committee.ts';
import { ATTITUDES, CONTACT_STRENGTHS, INFLUENCES } from '../../../../shared/enums.ts';
import type { Person } from '../../../../shared/schemas.ts';

type Props = {
  members: CommitteeMember[];
  people: Person[];
  value: WhatIfChange[];
  onChange: (changes: WhatIfChange[]) => void;
};

type Field = 'attitude' | 'contact' | 'influence';
type FieldValue = WhatIfChange[Field];

/** Temporary attitude, contact and influence changes to preview coverage with; never saved. */
export function WhatIfPanel({ members, people, value, onChange }: Props) {
  const { t } = useTranslation();
  const names = new Map(people.map((p) => [p.id, p.name]));
  const changes = new Map(value.map((c) => [c.personId, c]));

  const options: Record<Field, { value: string; label: string }[]> = {
    attitude: ATTITUDES.map((a) => ({
      value: a,
      label: t(`committee.enums.attitude.${a}`),
    })),
    contact: CONTACT_STRENGTHS.map((c) => ({
      value: c,
      label: t(`committee.enums.contact.${c}`),
    })),
    // '' stands for "influence unknown" (null) in a native select.
    influence: [
      ...INFLUENCES.map((i) => ({ value: i, label: t(`committee.enums.influence.${i}`) })),
      { value: '', label: t('committee.coverage.influenceUnknown') },
    ],
  };
  const label = (field: Field, v: FieldValue) =>
    options[field].find((o) => o.value === (v ?? ''))?.label ?? '';
  const labelKey = {
    attitude: 'committee.coverage.whatIf.attitudeOf',
    contact: 'committee.coverage.whatIf.contactOf',
    influence: 'committee.coverage.whatIf.influenceOf',
  } as const;

  const cell = (member: CommitteeMember, field: Field) => {
    const name = names.get(member.personId) ?? member.personId;
    const change = changes.get(member.personId);
    const changed = change?.[field] !== undefined && change[field] !== member[field];
    const current = changed ? change?.[field] : member[field];
    return (
      <Table.Td key={field}>
        <NativeSelect
          size="xs"
          aria-label={t(labelKey[field], { name })}
          value={current ?? ''}
          data={options[field]}
          onChange={(e) => {
            const picked = e.currentTarget.value;
            onChange(withChange(value, member, field, picked === '' ? null : picked));
          }}
          description={
            changed
              ? t('committee.coverage.whatIf.was', { value: label(field, member[field]) })
              : undefined
          }
          styles={changed ? { input: { borderColor: 'var(--mantine-color-orange-6)' } } : undefined}
        />
      </Table.Td>
    );
  };

  return (
    <Stack gap="sm" component="section" aria-label={t('committee.coverage.whatIf.title')}>
      <Group justify="space-between">
        <Group gap="xs">
          <Title order={4}>{t('committee.coverage.whatIf.title')}</Title>
          <Badge color="orange" variant="light">
            {t('committee.coverage.whatIf.notSaved')}
          </Badge>
          {value.length > 0 && (
            <Text size="sm" c="dimmed">
              {t('committee.coverage.whatIf.changed', { count: value.length })}
            </Text>
          )}
        </Group>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconRestore size={14} />}
          disabled={value.length === 0}
          onClick={() => onChange([])}
        >
          {t('committee.coverage.whatIf.reset')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        {t('committee.coverage.whatIf.hint')}
      </Text>
      {members.length === 0 ? (
        <Text size="sm">{t('committee.coverage.whatIf.empty')}</Text>
      ) : (
        <Table verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('committee.coverage.whatIf.person')}</Table.Th>
              <Table.Th>{t('committee.coverage.changes.field.attitude')}</Table.Th>
              <Table.Th>{t('committee.coverage.changes.field.contact')}</Table.Th>
              <Table.Th>{t('committee.coverage.changes.field.influence')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.map((m) => (
              <Table.Tr key={m.personId}>
                <Table.Th scope="row" fw={500}>
                  {names.get(m.personId) ?? m.personId}
                </Table.Th>
                {cell(m, 'attitude')}
                {cell(m, 'contact')}
                {cell(m, 'influence')}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

/**
 * The changes with one field of one person set to `picked`. Only fields that differ from the
 * saved member are kept, so picking the saved value again undoes that change.
 */
function withChange(
  changes: WhatIfChange[],
  member: CommitteeMember,
  field: Field,
  picked: string | null,
): WhatIfChange[] {
  const before = changes.find((c) => c.personId === member.personId) ?? {
    personId: member.personId,
  };
  const next: Record<string, unknown> = { ...before, [field]: picked };
  for (const f of ['attitude', 'contact', 'influence'] as const) {
    if (next[f] === undefined || next[f] === member[f]) delete next[f];
  }
  // The select offers only valid codes; parsing narrows the picked text to them.
  const parsed = whatIfChange.safeParse(next);
  if (!parsed.success) return changes;
  const change = parsed.data;
  const others = changes.filter((c) => c.personId !== member.personId);
  const hasField = Object.keys(change).length > 1;
  if (!hasField) return others;
  const at = changes.findIndex((c) => c.personId === member.personId);
  return at === -1 ? [...others, change] : changes.map((c, i) => (i === at ? change : c));
}

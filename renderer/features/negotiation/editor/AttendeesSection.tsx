import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Input,
  NativeSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { memo, useState } from 'react';
import type { Attitude } from '../../../../shared/enums.ts';
import { NEGOTIATION_ROLES } from '../../../../shared/enums.ts';
import type { Attendee } from '../../../../shared/negotiation.ts';
import type { CommitteePerson } from '../api/useDealContext.ts';
import { useNegotiationT } from '../i18n/useNegotiationT.ts';
import { Section } from './Section.tsx';
import { fieldError, maxRows, selectProps, textProps } from './fieldProps.ts';
import type { FieldErrors, SheetActions } from './useSheetForm.ts';

export const ATTITUDE_COLORS: Record<Attitude, string> = {
  supporter: 'teal',
  neutral: 'gray',
  opponent: 'red',
};

type Props = {
  attendees: readonly Attendee[];
  errors: FieldErrors;
  actions: SheetActions;
  /** The deal's committee; null while loading. */
  members: CommitteePerson[] | null;
  focusSoon: (key: string) => void;
};

/** Who sits at the table: our people by name, the customer's picked from the buying committee. */
export const AttendeesSection = memo(function AttendeesSection({
  attendees,
  errors,
  actions,
  members,
  focusSoon,
}: Props) {
  const { t, tEnum, listSeparator } = useNegotiationT();
  const [pick, setPick] = useState<string | null>(null);
  const roles = NEGOTIATION_ROLES.map((r) => ({ value: r, label: tEnum('negotiationRole', r) }));
  const rows = attendees.map((a, index) => ({ a, index }));
  const ours = rows.filter((r) => r.a.side === 'ours');
  const theirs = rows.filter((r) => r.a.side === 'theirs');
  const byPerson = new Map(members?.map((m) => [m.personId, m]));
  const taken = new Set(theirs.map((r) => r.a.personId));
  const candidates = (members ?? []).filter((m) => !taken.has(m.personId));
  const full = attendees.length >= maxRows('attendees');

  const addOurs = () => {
    const attendee: Attendee = { side: 'ours', personId: null, name: '', role: 'commercial' };
    actions.insert('attendees', attendee);
    focusSoon(`attendees.${attendees.length}.name`);
  };
  const addTheirs = (personId: string | null) => {
    const member = personId ? byPerson.get(personId) : undefined;
    if (!member) return;
    const attendee: Attendee = {
      side: 'theirs',
      personId: member.personId,
      name: member.name,
      role: 'commercial',
    };
    actions.insert('attendees', attendee);
    setPick(null);
    focusSoon(`attendees.${attendees.length}.role`);
  };
  const remove = (index: number, name: string) => (
    <ActionIcon
      variant="subtle"
      color="gray"
      aria-label={t('attendees.remove', { name })}
      onClick={() => actions.remove('attendees', index)}
    >
      <IconTrash size={16} />
    </ActionIcon>
  );

  return (
    <Section title={t('attendees.title')}>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Paper withBorder p="sm" radius="sm" data-testid="attendees-theirs">
          <Stack gap="xs">
            <Title order={5}>{t('attendees.theirs')}</Title>
            {theirs.map(({ a, index }) => {
              const m = a.personId ? byPerson.get(a.personId) : undefined;
              const name = m?.name ?? a.name;
              const personError =
                fieldError(errors, `attendees.${index}.personId`) ??
                fieldError(errors, `attendees.${index}.name`);
              return (
                <Paper key={index} withBorder p="xs" radius="sm" data-person={a.personId ?? ''}>
                  <Group justify="space-between" align="flex-start" wrap="nowrap">
                    <Stack gap={2} style={{ minWidth: 0 }}>
                      <Group gap={6}>
                        <Text fw={600} size="sm">
                          {name}
                        </Text>
                        {m?.title && (
                          <Text size="xs" c="dimmed">
                            {m.title}
                          </Text>
                        )}
                        {m ? (
                          <Badge
                            size="sm"
                            variant="light"
                            color={ATTITUDE_COLORS[m.attitude]}
                            tt="none"
                            aria-label={`${t('attendees.attitude')}${t('editor.colon')}${m.attitudeLabel}`}
                          >
                            {m.attitudeLabel}
                          </Badge>
                        ) : (
                          members && (
                            <Badge size="sm" variant="light" color="orange" tt="none">
                              {t('attendees.notMember')}
                            </Badge>
                          )
                        )}
                      </Group>
                      {m && (
                        <>
                          <Text size="xs">
                            <Text span c="dimmed" inherit>
                              {t('attendees.buyingRoles')}
                              {t('editor.colon')}
                            </Text>
                            {m.roles.join(listSeparator) || t('attendees.noRoles')}
                          </Text>
                          <Text size="xs" lineClamp={2}>
                            <Text span c="dimmed" inherit>
                              {t('attendees.motives')}
                              {t('editor.colon')}
                            </Text>
                            {m.motives || t('attendees.noMotives')}
                          </Text>
                        </>
                      )}
                      {personError && <Input.Error>{personError}</Input.Error>}
                    </Stack>
                    <Group gap={4} wrap="nowrap" align="flex-start">
                      <NativeSelect
                        {...selectProps(`attendees.${index}.role`, a.role, actions, errors)}
                        aria-label={`${t('attendees.role')}${t('editor.colon')}${name}`}
                        data={roles}
                        size="xs"
                        w={170}
                      />
                      {remove(index, name)}
                    </Group>
                  </Group>
                </Paper>
              );
            })}
            {members && members.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('attendees.noMembers')}
              </Text>
            ) : members && candidates.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('attendees.allAdded')}
              </Text>
            ) : (
              <Select
                label={t('attendees.pickTheirs')}
                placeholder={t('attendees.pickPlaceholder')}
                data={candidates.map((m) => ({ value: m.personId, label: m.name }))}
                value={pick}
                onChange={addTheirs}
                searchable
                disabled={!members || full}
                size="xs"
                nothingFoundMessage={t('editor.empty')}
                renderOption={({ option }) => {
                  const m = byPerson.get(option.value);
                  return (
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm">{option.label}</Text>
                      {m?.title && (
                        <Text size="xs" c="dimmed">
                          {m.title}
                        </Text>
                      )}
                      {m && (
                        <Badge
                          size="xs"
                          variant="light"
                          color={ATTITUDE_COLORS[m.attitude]}
                          tt="none"
                        >
                          {m.attitudeLabel}
                        </Badge>
                      )}
                    </Group>
                  );
                }}
              />
            )}
          </Stack>
        </Paper>

        <Paper withBorder p="sm" radius="sm" data-testid="attendees-ours">
          <Stack gap="xs">
            <Title order={5}>{t('attendees.ours')}</Title>
            {ours.map(({ a, index }, n) => (
              <Group key={index} gap={6} align="flex-start" wrap="nowrap">
                <TextInput
                  {...textProps(`attendees.${index}.name`, a.name, actions, errors)}
                  aria-label={t('editor.row', { column: t('attendees.name'), row: n + 1 })}
                  placeholder={t('attendees.name')}
                  size="xs"
                  style={{ flex: 1 }}
                />
                <NativeSelect
                  {...selectProps(`attendees.${index}.role`, a.role, actions, errors)}
                  aria-label={t('editor.row', { column: t('attendees.role'), row: n + 1 })}
                  data={roles}
                  size="xs"
                  w={170}
                />
                {remove(index, a.name || String(n + 1))}
              </Group>
            ))}
            <Button
              variant="light"
              size="xs"
              leftSection={<IconPlus size={14} />}
              style={{ alignSelf: 'flex-start' }}
              disabled={full}
              onClick={addOurs}
            >
              {t('attendees.addOurs')}
            </Button>
          </Stack>
        </Paper>
      </SimpleGrid>
    </Section>
  );
});

import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BuyingRole } from '../../../../shared/committee.ts';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { errorText } from '../../../ui/form/errorText.ts';
import { isComposing, isSaveEnter } from '../../../ui/isSaveEnter.ts';
import { LoadingState } from '../../../ui/LoadingState.tsx';
import { buyingRoleQueries } from '../api/buyingRoleQueries.ts';
import { useBuyingRoleMutations } from '../api/useBuyingRoleMutations.ts';
import { useLocalLabel } from '../../../i18n/localLabel.ts';

type LabelField = 'labelZh' | 'labelEn';

/** The workspace's buying roles: rename in both languages, hide or show, reorder, add. */
export function BuyingRolesSettings() {
  const { t } = useTranslation();
  const labelOf = useLocalLabel();
  const roles = useQuery(buyingRoleQueries.list());
  const { create, update, reorder } = useBuyingRoleMutations();
  const [draft, setDraft] = useState({ labelZh: '', labelEn: '' });
  const addError = create.error ? errorText(t, create.error) : null;

  if (roles.isPending) return <LoadingState />;
  if (roles.isError) return <ErrorState error={roles.error} onRetry={() => void roles.refetch()} />;
  const list = roles.data;

  const move = (index: number, by: -1 | 1) => {
    const codes = list.map((r) => r.code);
    const [code] = codes.splice(index, 1);
    if (code === undefined) return;
    codes.splice(index + by, 0, code);
    reorder.mutate(codes);
  };

  const add = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(draft, { onSuccess: () => setDraft({ labelZh: '', labelEn: '' }) });
  };

  return (
    <Stack gap="sm">
      <div>
        <Title order={3} fz="lg">
          {t('committee.settings.rolesTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('committee.settings.rolesHint')}
        </Text>
      </div>
      <Table aria-label={t('committee.settings.rolesLabel')} verticalSpacing={4} withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>#</Table.Th>
            <Table.Th>{t('committee.settings.labelZh')}</Table.Th>
            <Table.Th>{t('committee.settings.labelEn')}</Table.Th>
            <Table.Th w={90} />
            <Table.Th w={120}>{t('committee.settings.hidden')}</Table.Th>
            <Table.Th w={80} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.map((role, index) => (
            <Table.Tr key={role.code} c={role.hidden ? 'dimmed' : undefined}>
              <Table.Td>{index + 1}</Table.Td>
              {(['labelZh', 'labelEn'] as const).map((field) => (
                <Table.Td key={field}>
                  <RoleLabelInput
                    role={role}
                    field={field}
                    label={t(
                      field === 'labelZh'
                        ? 'committee.settings.labelZhOf'
                        : 'committee.settings.labelEnOf',
                      { label: labelOf(role) },
                    )}
                    onSave={(value) =>
                      update.mutateAsync({ code: role.code, [field]: value }).then(
                        () => null,
                        (error: unknown) => errorText(t, error),
                      )
                    }
                  />
                </Table.Td>
              ))}
              <Table.Td>
                {role.builtIn && (
                  <Badge variant="light" color="gray" tt="none">
                    {t('committee.settings.builtIn')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Switch
                  aria-label={t(
                    role.hidden ? 'committee.settings.show' : 'committee.settings.hide',
                    {
                      label: labelOf(role),
                    },
                  )}
                  checked={role.hidden}
                  onChange={(event) =>
                    update.mutate({ code: role.code, hidden: event.currentTarget.checked })
                  }
                />
              </Table.Td>
              <Table.Td>
                <Group gap={2} wrap="nowrap">
                  <ActionIcon
                    variant="subtle"
                    aria-label={t('committee.settings.moveUp', { label: labelOf(role) })}
                    disabled={index === 0 || reorder.isPending}
                    onClick={() => move(index, -1)}
                  >
                    <IconArrowUp size={16} />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    aria-label={t('committee.settings.moveDown', { label: labelOf(role) })}
                    disabled={index === list.length - 1 || reorder.isPending}
                    onClick={() => move(index, 1)}
                  >
                    <IconArrowDown size={16} />
                  </ActionIcon>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <form onSubmit={add} aria-label={t('committee.settings.newRoleTitle')}>
        <Group align="flex-end" gap="sm">
          <TextInput
            label={t('committee.settings.labelZh')}
            value={draft.labelZh}
            onChange={(e) => setDraft({ ...draft, labelZh: e.currentTarget.value })}
          />
          <TextInput
            label={t('committee.settings.labelEn')}
            value={draft.labelEn}
            onChange={(e) => setDraft({ ...draft, labelEn: e.currentTarget.value })}
          />
          <Button type="submit" leftSection={<IconPlus size={16} />} loading={create.isPending}>
            {t('committee.settings.addRole')}
          </Button>
        </Group>
        {addError && (
          <Text size="sm" c="red" mt={4} role="alert">
            {addError}
          </Text>
        )}
      </form>
    </Stack>
  );
}

/** A label edited in place: saved on Enter or when leaving the field, Escape restores it. */
function RoleLabelInput({
  role,
  field,
  label,
  onSave,
}: {
  role: BuyingRole;
  field: LabelField;
  label: string;
  /** Resolves to the refusal's message, or null when saved. */
  onSave: (value: string) => Promise<string | null>;
}) {
  const [value, setValue] = useState(role[field]);
  const [error, setError] = useState<string | null>(null);
  const [stored, setStored] = useState(role[field]);
  // A rename elsewhere (or a reorder's fresh list) replaces the text unless the user is typing.
  if (stored !== role[field]) {
    setStored(role[field]);
    setValue(role[field]);
  }
  const save = async () => {
    if (value.trim() === role[field]) return;
    setError(await onSave(value));
  };
  return (
    <TextInput
      aria-label={label}
      value={value}
      error={error}
      size="xs"
      onChange={(e) => setValue(e.currentTarget.value)}
      onBlur={() => void save()}
      onKeyDown={(e) => {
        // Enter and Escape pick or drop the characters of an IME composition.
        if (isComposing(e)) return;
        if (isSaveEnter(e)) {
          e.preventDefault();
          void save();
        } else if (e.key === 'Escape') {
          setValue(role[field]);
          setError(null);
        }
      }}
    />
  );
}

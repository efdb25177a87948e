import { Box, Button, Group, Kbd, Paper, Stack, Text, TextInput } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import {
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { CommitteeMember } from '../../../../shared/committee.ts';
import type { Person } from '../../../../shared/schemas.ts';
import { errorText } from '../../../ui/form/errorText.ts';
import { isComposing, isSaveEnter } from '../../../ui/isSaveEnter.ts';
import { useSavePerson } from '../../people/index.ts';
import { useUpsertMember } from '../api/useUpsertMember.ts';
import { filterOptions, type PickOption } from '../../../ui/grid/filterOptions.ts';
import { optionId, PickList } from './PickList.tsx';
import { useTask } from '../../../ui/useTask.ts';

type Props = {
  opportunityId: string;
  accountId: string;
  members: CommitteeMember[];
  people: Person[];
  /** The person just put on the committee, for the matrix to focus. */
  onAdded: (personId: string) => void;
};

const CREATE = '\u0000create';

/**
 * "Add member" (Alt+N): type a name, Enter. The account's people not yet on the committee are
 * offered; the last option creates a new person with the typed name (and a title) on the spot.
 */
export function AddMemberPicker({ opportunityId, accountId, members, people, onAdded }: Props) {
  const { t } = useTranslation();
  const upsert = useUpsertMember(opportunityId);
  const savePerson = useSavePerson();
  const listId = useId();
  const [opened, setOpened] = useState(false);
  const wrapperRef = useRef<HTMLDivElement>(null);
  const [query, setQuery] = useState('');
  const [highlight, setHighlight] = useState(0);
  const [creating, setCreating] = useState<{ name: string; title: string } | null>(null);
  // Putting a person on the committee, creating them first when they are new.
  const add = useTask(
    async (who: { personId: string } | { name: string; title: string }) => {
      const personId =
        'personId' in who
          ? who.personId
          : (await savePerson.mutateAsync({ accountId, name: who.name, title: who.title })).id;
      await upsert(personId, {});
      return personId;
    },
    {
      onSuccess: (personId) => {
        setOpened(false);
        onAdded(personId);
      },
    },
  );
  const busy = add.isPending;
  const error = add.error ? errorText(t, add.error) : null;

  const resetAdd = add.reset;
  const open = useCallback(() => {
    setQuery('');
    setHighlight(0);
    setCreating(null);
    resetAdd();
    setOpened(true);
  }, [resetAdd]);

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      // The physical key, so that Option+N on a Mac keyboard works too.
      if (event.altKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyN') {
        event.preventDefault();
        open();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);

  const onCommittee = new Set(members.map((m) => m.personId));
  const candidates: PickOption[] = people
    .filter((p) => !onCommittee.has(p.id))
    .map((p) => ({ value: p.id, label: p.name }));
  const titleOf = new Map(people.map((p) => [p.id, p.title]));
  const matches = filterOptions(candidates, query);
  const shown: PickOption[] =
    query.trim() === ''
      ? matches
      : [
          ...matches,
          { value: CREATE, label: t('committee.add.createOption', { name: query.trim() }) },
        ];

  function pick(option: PickOption | undefined) {
    if (!option || busy) return;
    if (option.value === CREATE) setCreating({ name: query.trim(), title: '' });
    else add.mutate({ personId: option.value });
  }

  function onPickerKey(event: KeyboardEvent<HTMLInputElement>) {
    if (isComposing(event)) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const d = event.key === 'ArrowDown' ? 1 : -1;
      setHighlight((h) => Math.max(0, Math.min(shown.length - 1, h + d)));
    } else if (isSaveEnter(event)) {
      event.preventDefault();
      pick(shown[highlight]);
    }
  }

  function create(event: FormEvent) {
    event.preventDefault();
    if (!creating || busy) return;
    add.mutate(creating);
  }

  // An inline panel rather than a Popover: a floating panel here re-positioned itself without end
  // while the matrix beside it re-rendered.
  return (
    <Box
      pos="relative"
      ref={wrapperRef}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && opened) {
          event.stopPropagation();
          setOpened(false);
        }
      }}
      onBlur={(event) => {
        if (!wrapperRef.current?.contains(event.relatedTarget as Node | null)) setOpened(false);
      }}
    >
      <Button
        leftSection={<IconUserPlus size={16} />}
        rightSection={
          <Kbd size="xs" aria-hidden>
            Alt+N
          </Kbd>
        }
        onClick={() => (opened ? setOpened(false) : open())}
        aria-keyshortcuts="Alt+N"
        title={t('common.shortcut', { keys: 'Alt+N' })}
      >
        {t('committee.add.button')}
      </Button>
      {opened && (
        <Paper
          withBorder
          shadow="md"
          radius="md"
          p="xs"
          pos="absolute"
          top="calc(100% + 4px)"
          right={0}
          w={340}
          style={{ zIndex: 20 }}
        >
          {creating ? (
            <form onSubmit={create} aria-label={t('committee.add.createTitle')}>
              <Stack gap="xs">
                <Text size="sm" fw={600}>
                  {t('committee.add.createTitle')}
                </Text>
                <TextInput
                  label={t('committee.add.name')}
                  value={creating.name}
                  onChange={(e) => setCreating({ ...creating, name: e.currentTarget.value })}
                  required
                />
                <TextInput
                  label={t('committee.add.title')}
                  value={creating.title}
                  onChange={(e) => setCreating({ ...creating, title: e.currentTarget.value })}
                  autoFocus
                />
                {error && (
                  <Text size="sm" c="red" role="alert">
                    {error}
                  </Text>
                )}
                <Group justify="flex-end" gap="xs">
                  <Button variant="default" size="xs" onClick={() => setCreating(null)}>
                    {t('common.cancel')}
                  </Button>
                  <Button type="submit" size="xs" loading={busy}>
                    {t('committee.add.create')}
                  </Button>
                </Group>
              </Stack>
            </form>
          ) : (
            <Stack gap={4}>
              <TextInput
                role="combobox"
                aria-label={t('committee.add.label')}
                aria-expanded
                aria-controls={listId}
                aria-autocomplete="list"
                aria-activedescendant={shown.length > 0 ? optionId(listId, highlight) : undefined}
                placeholder={t('committee.add.placeholder')}
                value={query}
                onChange={(e) => {
                  setQuery(e.currentTarget.value);
                  setHighlight(0);
                }}
                onKeyDown={onPickerKey}
                autoFocus
              />
              <PickList
                id={listId}
                label={t('committee.add.label')}
                options={shown.map((o) => {
                  const title = titleOf.get(o.value);
                  return title ? { ...o, label: `${o.label} · ${title}` } : o;
                })}
                highlight={highlight}
                empty={t('committee.add.nobody')}
                onPick={(option) => pick(shown.find((o) => o.value === option.value))}
              />
              {error && (
                <Text size="sm" c="red" role="alert">
                  {error}
                </Text>
              )}
            </Stack>
          )}
        </Paper>
      )}
    </Box>
  );
}

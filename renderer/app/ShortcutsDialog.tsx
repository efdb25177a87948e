import { Group, Kbd, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { Fragment, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  comboKeys,
  isMacPlatform,
  isShortcutsKey,
  SHORTCUT_SCOPES,
  SHORTCUTS,
} from '../ui/shortcuts.ts';

/** The window event that opens the shortcuts screen, e.g. from the Electron Help menu. */
export const SHOW_SHORTCUTS_EVENT = 'dw:show-shortcuts';

/** Opens the shortcuts screen on "?" (outside a field) and on SHOW_SHORTCUTS_EVENT. */
export function useShortcutsScreen() {
  const [opened, setOpened] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // A dialog already open keeps the keyboard ("?" typed in its list is not for us).
      if (!isShortcutsKey(event) || document.querySelector('[role="dialog"][aria-modal]')) return;
      event.preventDefault();
      setOpened(true);
    };
    const onShow = () => setOpened(true);
    window.addEventListener('keydown', onKey);
    window.addEventListener(SHOW_SHORTCUTS_EVENT, onShow);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener(SHOW_SHORTCUTS_EVENT, onShow);
    };
  }, []);
  return { opened, open: () => setOpened(true), close: () => setOpened(false) };
}

/** Every shortcut of renderer/ui/shortcuts.ts, by where it works, with this platform's keys. */
export function ShortcutsDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const mac = isMacPlatform();
  const name = (key: string) => t(`shortcuts.platformKeys.${key}` as 'shortcuts.platformKeys.mod');

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('shortcuts.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('shortcuts.intro')}
        </Text>
        {SHORTCUT_SCOPES.map((scope) => {
          const items = SHORTCUTS.filter((s) => s.scope === scope);
          const headingId = `shortcuts-${scope}`;
          return (
            <Stack key={scope} gap={4}>
              <Title order={3} fz="sm" id={headingId}>
                {t(`shortcuts.scopes.${scope}`)}
              </Title>
              <Table aria-labelledby={headingId} verticalSpacing={4} withRowBorders={false}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w="45%">{t('shortcuts.keys')}</Table.Th>
                    <Table.Th>{t('shortcuts.action')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((shortcut) => (
                    <Table.Tr key={shortcut.id} data-shortcut={shortcut.id}>
                      <Table.Td>
                        <Group gap={6}>
                          {shortcut.combos.map((combo, i) => (
                            <Fragment key={combo.join('+')}>
                              {i > 0 && (
                                <Text span size="xs" c="dimmed">
                                  {t('shortcuts.or')}
                                </Text>
                              )}
                              <Group gap={2} wrap="nowrap">
                                {comboKeys(combo, mac, name).map((key) => (
                                  <Kbd key={key} size="sm">
                                    {key}
                                  </Kbd>
                                ))}
                              </Group>
                            </Fragment>
                          ))}
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">
                          {t(`shortcuts.items.${shortcut.id}` as 'shortcuts.items.search')}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Stack>
          );
        })}
      </Stack>
    </Modal>
  );
}

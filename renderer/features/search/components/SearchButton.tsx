import { Button, Kbd, Tooltip } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { openSearch } from './SearchPalette.tsx';

// macOS says ⌘K; everything else Ctrl+K (the palette answers both as "mod + K").
const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const KEYS = isMac ? '⌘K' : 'Ctrl+K';

/** The header's way into search everything, named and with its shortcut shown. */
export function SearchButton() {
  const { t } = useTranslation();
  return (
    <Tooltip label={t('search.buttonHint', { keys: KEYS })}>
      <Button
        variant="default"
        size="xs"
        leftSection={<IconSearch size={16} stroke={1.6} />}
        rightSection={<Kbd size="xs">{KEYS}</Kbd>}
        onClick={openSearch}
        aria-keyshortcuts={isMac ? 'Meta+K' : 'Control+K'}
      >
        {t('search.button')}
      </Button>
    </Tooltip>
  );
}

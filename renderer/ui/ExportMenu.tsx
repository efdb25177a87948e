import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { localDay } from '../../shared/localDate.ts';
import { invoke } from '../api/invoke.ts';
import type { ExportTable } from './exportTable.ts';
import { errorText } from './form/errorText.ts';
import { saveFile } from './saveFile.ts';
import { useTask } from './useTask.ts';

// The contract takes names up to 120 characters: a long deal's name is cut, the date kept.
const MAX_LIST_NAME = 100;

type Props = {
  /** The list's name, translated: the file is named after it and today's date. */
  name: string;
  /**
   * The list as shown (columns, and rows after its filters and sort), built when a format is
   * chosen rather than on every render of a long list.
   */
  table: () => ExportTable;
  disabled?: boolean;
};

/** "Export" with its two formats: the list as it is shown, saved as .xlsx or CSV. */
export function ExportMenu({ name, table, disabled }: Props) {
  const { t } = useTranslation();
  const run = useTask(
    async (format: 'xlsx' | 'csv') => {
      // Not a cached read: a file made from the rows sent, each time the user asks.
      const file = await invoke('exports.table', {
        format,
        name: t('exportList.fileName', {
          name: [...name].slice(0, MAX_LIST_NAME).join('').trim(),
          date: localDay(),
        }),
        ...table(),
      });
      saveFile(file);
      return file;
    },
    {
      onSuccess: (file) =>
        notifications.show({
          color: 'teal',
          message: t('exportList.done', { file: file.fileName }),
        }),
      onError: (error) =>
        notifications.show({
          color: 'red',
          title: t('exportList.failed'),
          message: errorText(t, error),
        }),
    },
  );
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconDownload size={16} />}
          rightSection={<IconChevronDown size={14} />}
          loading={run.isPending}
          disabled={disabled}
          // The desktop menu's File → Export opens the screen's list export (useMenuCommands).
          data-export-menu
        >
          {t('exportList.button')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => run.mutate('xlsx')}>{t('exportList.xlsx')}</Menu.Item>
        <Menu.Item onClick={() => run.mutate('csv')}>{t('exportList.csv')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

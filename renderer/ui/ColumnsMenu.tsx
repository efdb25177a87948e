import { Button, Checkbox, Divider, Popover, Stack } from '@mantine/core';
import { IconColumns3, IconRestore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

type Column = { id: string; label: string; visible: boolean; canHide: boolean };

type Props = {
  columns: Column[];
  onToggle: (id: string, visible: boolean) => void;
  onReset: () => void;
};

/** Which columns a list shows, and "Reset view" back to its default sort, columns and filters. */
export function ColumnsMenu({ columns, onToggle, onReset }: Props) {
  const { t } = useTranslation();
  return (
    <Popover position="bottom-end" shadow="md" withinPortal trapFocus>
      <Popover.Target>
        <Button
          size="compact-sm"
          variant="subtle"
          color="gray"
          leftSection={<IconColumns3 size={16} />}
        >
          {t('views.columns')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap={8} role="group" aria-label={t('views.columnsLabel')}>
          {columns.map((column) => (
            <Checkbox
              key={column.id}
              size="sm"
              label={column.label}
              checked={column.visible}
              disabled={!column.canHide}
              onChange={(event) => onToggle(column.id, event.currentTarget.checked)}
            />
          ))}
        </Stack>
        <Divider my="sm" />
        <Button
          size="compact-sm"
          variant="subtle"
          leftSection={<IconRestore size={16} />}
          onClick={onReset}
        >
          {t('views.reset')}
        </Button>
      </Popover.Dropdown>
    </Popover>
  );
}

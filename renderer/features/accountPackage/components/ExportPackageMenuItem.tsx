import { Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPackageExport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../ui/form/errorText.ts';
import { useExportPackage } from '../api/packages.ts';
import { saveFile } from '../../../ui/saveFile.ts';

/**
 * "Export account package…" in a page's actions menu: the account with everything of it as one
 * .dwpkg file. The menu closes at once; the file is offered when it is made.
 */
export function ExportPackageMenuItem({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const exportPackage = useExportPackage({
    onSuccess: (file) => {
      saveFile(file);
      notifications.show({
        color: 'teal',
        message: t('accountPackage.exported', { fileName: file.fileName }),
      });
    },
    onError: (error) => notifications.show({ color: 'red', message: errorText(t, error) }),
  });
  return (
    <Menu.Item
      leftSection={<IconPackageExport size={16} />}
      disabled={exportPackage.isPending}
      onClick={() => exportPackage.mutate(accountId)}
    >
      {t('accountPackage.export')}
    </Menu.Item>
  );
}

import { Button, FileButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPackageImport } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PACKAGE_EXTENSION, type PackagePreview } from '../../../../shared/packages.ts';
import { errorText } from '../../../ui/form/errorText.ts';
import { usePreviewPackage } from '../api/packages.ts';
import { PackagePreviewDialog } from './PackagePreviewDialog.tsx';

/**
 * "Import account package…": picks a .dwpkg file, shows what it would change, imports on
 * confirmation. A foreign, damaged or too new file is refused with its reason; nothing is written.
 */
export function ImportPackageButton({ onImported }: { onImported?: (accountId: string) => void }) {
  const { t } = useTranslation();
  const [preview, setPreview] = useState<PackagePreview | null>(null);
  // Cleared after each pick, so the same file can be chosen again (after a refusal, or twice).
  const resetRef = useRef<() => void>(null);
  const read = usePreviewPackage({
    onSuccess: setPreview,
    onError: (error) =>
      notifications.show({ color: 'red', message: errorText(t, error), autoClose: false }),
  });
  return (
    <>
      <FileButton
        resetRef={resetRef}
        accept={`${PACKAGE_EXTENSION},application/zip`}
        onChange={(file) => {
          resetRef.current?.();
          if (file) read.mutate(file);
        }}
      >
        {(props) => (
          <Button
            {...props}
            variant="default"
            leftSection={<IconPackageImport size={16} />}
            loading={read.isPending}
          >
            {t('accountPackage.import')}
          </Button>
        )}
      </FileButton>
      {preview && (
        <PackagePreviewDialog
          preview={preview}
          onClose={() => setPreview(null)}
          onImported={onImported}
        />
      )}
    </>
  );
}

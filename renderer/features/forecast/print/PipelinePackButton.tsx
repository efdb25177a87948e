import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { localDay } from '../../../../shared/localDate.ts';
import { useRead } from '../../../data/read.ts';
import { printDocument, usePrintCopy } from '../../../ui/print.ts';
import { useTask } from '../../../ui/useTask.ts';
import {
  loadPackData,
  PipelinePackPortal,
  type PackData,
  type PackScope,
} from './PipelinePack.tsx';

type Printing = { scope: PackScope; data: PackData; today: string };

/**
 * "Export pipeline pack": reads the pack's data only now (not with every tab), mounts the print
 * copy under <body> and prints it. The copy stays mounted, hidden on screen, until the next click
 * anywhere, so the browser's own print command prints it too.
 */
export function PipelinePackButton({ scope }: { scope: PackScope }) {
  const { t } = useTranslation();
  const read = useRead();
  const failed = () => notifications.show({ color: 'red', message: t('forecast.pack.failed') });

  // The scope of the click travels with its data: a filter changed meanwhile is the next pack's.
  const load = useTask(
    async () => ({ scope, data: await loadPackData(read, scope), today: localDay() }),
    { onSuccess: (next) => pack.show(next), onError: failed },
  );
  const { mutate: printPack } = useTask(
    (today: string) =>
      printDocument({
        fileName: t('forecast.pack.fileName', { date: today }),
        pageSize: 'A4',
        landscape: false,
      }),
    { onError: failed, onSettled: () => pack.printed() },
  );
  const pack = usePrintCopy<Printing>(({ today }) => printPack(today));
  // Busy from the click until the pack is printed (or could not be read).
  const busy = load.isPending || pack.printing;

  return (
    <>
      <Button
        leftSection={<IconFileTypePdf size={16} />}
        onClick={() => !busy && load.mutate()}
        loading={busy}
      >
        {t('forecast.pack.export')}
      </Button>
      {pack.copy && (
        <PipelinePackPortal scope={pack.copy.scope} data={pack.copy.data} today={pack.copy.today} />
      )}
    </>
  );
}

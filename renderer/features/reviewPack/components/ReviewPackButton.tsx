import { Button, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileDescription } from '@tabler/icons-react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useRead } from '../../../data/read.ts';
import { printDocument, usePrintCopy } from '../../../ui/print.ts';
import { useTask } from '../../../ui/useTask.ts';
import { pdfName } from '../../negotiation/index.ts';
import { loadReviewPack, type ReviewPackData } from '../api/loadReviewPack.ts';
import { ReviewPackPrint } from './ReviewPackPrint.tsx';
import classes from './ReviewPackPrint.module.css';

type Printing = { data: ReviewPackData; fileName: string };

/**
 * "Deal-review pack": reads everything the review needs, mounts the print layout under <body>
 * and prints it (Electron: a PDF file; browser: the print dialog). The layout stays mounted,
 * hidden on screen, until the next click anywhere, so the browser's own print command prints
 * it too, while another print view (a negotiation sheet's Export PDF) prints its own pages.
 */
export function ReviewPackButton({ opportunityId }: { opportunityId: string }) {
  const { t } = useTranslation();
  const read = useRead();

  const load = useTask(() => loadReviewPack(read, opportunityId), {
    onSuccess: (data) => {
      const fileName = pdfName(
        t('reviewPack.fileBase', { deal: data.deal.name, date: data.day }),
        '',
      );
      pack.show({ data, fileName });
    },
    onError: (error) => {
      console.error('[review-pack]', error);
      notifications.show({ color: 'red', message: t('reviewPack.failed') });
    },
  });
  const { mutate: printPack } = useTask(
    (fileName: string) => printDocument({ fileName, pageSize: 'A4', landscape: false }),
    {
      onSuccess: (outcome, fileName) => {
        if (outcome === 'saved') {
          notifications.show({ color: 'teal', message: t('reviewPack.saved', { file: fileName }) });
        }
      },
      onError: () => notifications.show({ color: 'red', message: t('reviewPack.failed') }),
      onSettled: () => pack.printed(),
    },
  );
  const pack = usePrintCopy<Printing>(({ fileName }) => printPack(fileName));
  // Busy from the click until the pack is printed (or could not be read).
  const busy = load.isPending || pack.printing;

  const start = () => {
    if (!busy) load.mutate();
  };

  return (
    <>
      <Tooltip label={t('reviewPack.buttonHint')} multiline w={260}>
        <Button
          variant="default"
          leftSection={<IconFileDescription size={16} />}
          onClick={start}
          loading={busy}
        >
          {t('reviewPack.button')}
        </Button>
      </Tooltip>
      {pack.copy &&
        createPortal(
          <div className={classes.portal} data-review-pack="" data-testid="review-pack-print">
            <ReviewPackPrint data={pack.copy.data} />
          </div>,
          document.body,
        )}
    </>
  );
}

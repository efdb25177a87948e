import { Button, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileDescription } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { printDocument } from '../../../ui/print.ts';
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
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [printing, setPrinting] = useState<Printing | null>(null);
  const [printed, setPrinted] = useState(false);

  const start = () => {
    if (busy) return;
    setBusy(true);
    loadReviewPack(queryClient, opportunityId)
      .then((data) => {
        const fileName = pdfName(
          t('reviewPack.fileBase', { deal: data.deal.name, date: data.day }),
          '',
        );
        setPrinted(false);
        setPrinting({ data, fileName });
      })
      .catch((error: unknown) => {
        console.error('[review-pack]', error);
        notifications.show({ color: 'red', message: t('reviewPack.failed') });
        setBusy(false);
      });
  };

  // Printed once per pack, whatever else re-renders (a language switch included).
  const tRef = useRef(t);
  useEffect(() => {
    tRef.current = t;
  });

  useEffect(() => {
    if (!printing) return;
    const t = tRef.current;
    let frame = 0;
    // Let the pages paint before the print dialog (or printToPDF) takes its snapshot.
    frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        printDocument({ fileName: printing.fileName, pageSize: 'A4', landscape: false })
          .then((outcome) => {
            if (outcome === 'saved') {
              notifications.show({
                color: 'teal',
                message: t('reviewPack.saved', { file: printing.fileName }),
              });
            }
          })
          .catch(() => notifications.show({ color: 'red', message: t('reviewPack.failed') }))
          .finally(() => {
            setBusy(false);
            setPrinted(true);
          });
      });
    });
    return () => cancelAnimationFrame(frame);
  }, [printing]);

  useEffect(() => {
    if (!printed) return;
    const done = () => setPrinting(null);
    document.addEventListener('pointerdown', done, { capture: true });
    return () => document.removeEventListener('pointerdown', done, { capture: true });
  }, [printed]);

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
      {printing &&
        createPortal(
          <div className={classes.portal} data-review-pack="" data-testid="review-pack-print">
            <ReviewPackPrint data={printing.data} />
          </div>,
          document.body,
        )}
    </>
  );
}

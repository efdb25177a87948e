import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconCheck,
  IconDeviceFloppy,
  IconEye,
  IconEyeOff,
  IconFileTypePdf,
} from '@tabler/icons-react';
import {
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type RefObject,
} from 'react';
import { flushSync } from 'react-dom';
import type { NegotiationSheet } from '../../../../shared/negotiation.ts';
import { BackButton } from '../../../ui/BackButton.tsx';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.tsx';
import { DraftOfferAlert } from '../../../ui/form/DraftOfferAlert.tsx';
import { FormProblemAlert } from '../../../ui/form/FormProblemAlert.tsx';
import { printDocument } from '../../../ui/print.ts';
import type { CommitteePerson } from '../api/useDealContext.ts';
import { useNegotiationT } from '../i18n/useNegotiationT.ts';
import { PrintPortal } from '../print/PrintPortal.tsx';
import { SheetPrint } from '../print/SheetPrint.tsx';
import printClasses from '../print/SheetPrint.module.css';
import { pdfName } from '../utils/pdfName.ts';
import { AttendeesSection } from './AttendeesSection.tsx';
import { ConcessionsSection } from './ConcessionsSection.tsx';
import { IssuesSection } from './IssuesSection.tsx';
import { ObjectivesSection } from './ObjectivesSection.tsx';
import { PrinciplesSection } from './PrinciplesSection.tsx';
import { SheetHeader } from './SheetHeader.tsx';
import { BatnaSection, TextSection } from './TextSection.tsx';
import { useSheetForm } from './useSheetForm.ts';
import { useTask } from '../../../ui/useTask.ts';

type Props = {
  sheet: NegotiationSheet;
  dealName: string;
  accountName: string;
  members: CommitteePerson[] | null;
  onClose: () => void;
};

/**
 * One negotiation sheet: every section on one page, one Save (Ctrl+S) for all of it with the
 * unsaved state in view, a print preview and PDF export of the A4 layout.
 */
export function SheetEditor({ sheet, dealName, accountName, members, onClose }: Props) {
  const { t } = useNegotiationT();
  const memberIds = useMemo(
    () => (members ? new Set(members.map((m) => m.personId)) : null),
    [members],
  );
  const rootRef = useRef<HTMLFormElement>(null);
  const toolbarHeight = useToolbarHeight(rootRef);
  const state = useSheetForm(sheet, memberIds, rootRef);
  const { values, actions, errors, sectionErrors, dirty, problem } = state;
  const [preview, setPreview] = useState(false);
  const [leaving, setLeaving] = useState(false);
  // The print copy stays mounted (hidden on screen) while the sheet is open, so that the
  // browser's own print command and Export PDF print the same page. It follows the form one
  // render behind, so that typing never waits for it; printing brings it up to date first.
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  const printDraft = useDeferredValue(values);
  const printWarnings = useDeferredValue(state.warnings);

  // Add buttons put the keyboard on the new row once it is rendered.
  const pendingFocus = useRef<string | null>(null);
  const focusSoon = useCallback((key: string) => {
    pendingFocus.current = key;
  }, []);
  useEffect(() => {
    const key = pendingFocus.current;
    if (!key) return;
    pendingFocus.current = null;
    rootRef.current?.querySelector<HTMLElement>(`[data-path="${key}"]`)?.focus();
  });

  // Ctrl+S saves the sheet through the app's save shortcut (ui/form/saveShortcut.ts).

  const exportPdf = useTask(
    () => {
      flushSync(() => setPrinting(true));
      return printDocument({
        fileName: pdfName(dealName, values.title),
        pageSize: 'A4',
        landscape: false,
      });
    },
    {
      onError: () => notifications.show({ color: 'red', message: t('editor.exportFailed') }),
      onSettled: () => setPrinting(false),
    },
  );

  const printProps = {
    draft: values,
    dealName,
    accountName,
    members,
    warnings: state.warnings,
  };
  const printCopyProps = printing
    ? printProps
    : { ...printProps, draft: printDraft, warnings: printWarnings };
  return (
    <form
      ref={rootRef}
      aria-label={t('editor.label', { title: values.title })}
      style={{ '--sheet-toolbar-height': `${toolbarHeight}px` } as CSSProperties}
      onSubmit={(event) => {
        event.preventDefault();
        void state.save();
      }}
      noValidate
    >
      <Stack gap="md">
        <Paper
          withBorder
          p="xs"
          radius="md"
          pos="sticky"
          top={0}
          // Above the tables' sticky headings (z-index 3), which slide under it as a table ends.
          style={{ zIndex: 5 }}
          data-toolbar
          data-testid="negotiation-toolbar"
        >
          <Group justify="space-between" wrap="nowrap">
            <Group gap="xs" wrap="nowrap">
              <BackButton
                label={t('editor.allSheets')}
                onClick={() => (dirty ? setLeaving(true) : onClose())}
              />
              <Text fw={600} truncate>
                {values.title}
              </Text>
              {dirty ? (
                <Badge color="orange" variant="light" tt="none">
                  {t('editor.unsaved')}
                </Badge>
              ) : (
                state.justSaved && (
                  <Badge
                    color="teal"
                    variant="light"
                    tt="none"
                    leftSection={<IconCheck size={12} />}
                  >
                    {t('editor.saved')}
                  </Badge>
                )
              )}
            </Group>
            <Group gap="xs" wrap="nowrap">
              <Button
                variant="default"
                size="sm"
                leftSection={preview ? <IconEyeOff size={16} /> : <IconEye size={16} />}
                aria-pressed={preview}
                onClick={() => setPreview((p) => !p)}
              >
                {t('editor.printPreview')}
              </Button>
              <Button
                variant="default"
                size="sm"
                leftSection={<IconFileTypePdf size={16} />}
                loading={exportPdf.isPending}
                onClick={() => exportPdf.mutate()}
              >
                {t('editor.exportPdf')}
              </Button>
              <Button
                type="submit"
                size="sm"
                leftSection={<IconDeviceFloppy size={16} />}
                disabled={!dirty}
                loading={state.saving}
                title={t('editor.saveHint')}
              >
                {t('editor.save')}
              </Button>
            </Group>
          </Group>
        </Paper>

        <DraftOfferAlert draft={state.draft} />
        {problem && (
          <FormProblemAlert
            problem={problem}
            onReload={() => void state.reload()}
            reloading={state.reloading}
          />
        )}

        {preview ? (
          <section aria-label={t('print.label')} data-testid="negotiation-print-preview">
            <div className={printClasses.preview}>
              <SheetPrint {...printProps} />
            </div>
          </section>
        ) : (
          <>
            <SheetHeader
              title={values.title}
              meetingDate={values.meetingDate}
              titleIssue={errors.title}
              dateIssue={errors.meetingDate}
              actions={actions}
            />
            <ObjectivesSection
              objectives={values.objectives}
              errors={sectionErrors.objectives}
              actions={actions}
              focusSoon={focusSoon}
            />
            <BatnaSection
              ours={values.ourBatna}
              theirs={values.theirBatna}
              oursIssue={errors.ourBatna}
              theirsIssue={errors.theirBatna}
              actions={actions}
            />
            <IssuesSection
              issues={values.issues}
              concessions={values.concessions}
              errors={sectionErrors.issues}
              actions={actions}
              focusSoon={focusSoon}
            />
            <ConcessionsSection
              concessions={values.concessions}
              issues={values.issues}
              warnings={state.warnings}
              errors={sectionErrors.concessions}
              actions={actions}
              focusSoon={focusSoon}
            />
            <AttendeesSection
              attendees={values.attendees}
              members={members}
              errors={sectionErrors.attendees}
              actions={actions}
              focusSoon={focusSoon}
            />
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <TextSection
                title={t('agenda.title')}
                field="agenda"
                value={values.agenda}
                issue={errors.agenda}
                actions={actions}
                label={t('agenda.label')}
                placeholder={t('agenda.placeholder')}
              />
              <TextSection
                title={t('risks.title')}
                field="risks"
                value={values.risks}
                issue={errors.risks}
                actions={actions}
                label={t('risks.label')}
                placeholder={t('risks.placeholder')}
              />
            </SimpleGrid>
            <PrinciplesSection
              principles={values.principles}
              issue={errors.principles}
              actions={actions}
            />
            <TextSection
              title={t('outcome.title')}
              field="outcome"
              value={values.outcome}
              issue={errors.outcome}
              actions={actions}
              label={t('outcome.label')}
              placeholder={t('outcome.placeholder')}
            />
          </>
        )}

        <PrintPortal {...printCopyProps} />
        <ConfirmDialog
          opened={leaving}
          title={t('editor.leaveTitle')}
          body={t('editor.leaveBody')}
          confirmLabel={t('editor.leaveConfirm')}
          color="red"
          onConfirm={() => {
            setLeaving(false);
            state.discard();
            onClose();
          }}
          onCancel={() => setLeaving(false)}
        />
      </Stack>
    </form>
  );
}

/** The sticky toolbar's height, kept up to date: the tables' headings stick just below it. */
function useToolbarHeight(rootRef: RefObject<HTMLFormElement | null>): number {
  const [height, setHeight] = useState(0);
  useEffect(() => {
    const toolbar = rootRef.current?.querySelector<HTMLElement>('[data-toolbar]');
    if (!toolbar) return;
    const measure = () => setHeight(toolbar.offsetHeight);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(toolbar);
    return () => observer.disconnect();
  }, [rootRef]);
  return height;
}

import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconCheck,
  IconDeviceFloppy,
  IconEye,
  IconEyeOff,
  IconFileTypePdf,
} from '@tabler/icons-react';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { NegotiationSheet } from '../../../../shared/negotiation.ts';
import { BackButton } from '../../../ui/BackButton.tsx';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.tsx';
import { DateField } from '../../../ui/form/DateField.tsx';
import { FormProblemAlert } from '../../../ui/form/FormProblemAlert.tsx';
import { requiredField } from '../../../ui/form/requiredField.ts';
import { printDocument } from '../../../ui/print.ts';
import type { CommitteePerson } from '../api/useDealContext.ts';
import { useNegotiationT } from '../i18n/useNegotiationT.ts';
import { PrintPortal } from '../print/PrintPortal.tsx';
import { SheetPrint } from '../print/SheetPrint.tsx';
import printClasses from '../print/SheetPrint.module.css';
import { pdfName } from '../utils/pdfName.ts';
import { AttendeesSection } from './AttendeesSection.tsx';
import { fieldError, textProps } from './fieldProps.ts';
import { ConcessionsSection } from './ConcessionsSection.tsx';
import { IssuesSection } from './IssuesSection.tsx';
import { ObjectivesSection } from './ObjectivesSection.tsx';
import { PrinciplesSection } from './PrinciplesSection.tsx';
import { Section } from './Section.tsx';
import { SheetTextarea } from './SheetTextarea.tsx';
import { useSheetForm } from './useSheetForm.ts';

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
  const state = useSheetForm(sheet, memberIds, rootRef);
  const { values, actions, errors, sectionErrors, dirty, problem } = state;
  // The print copy follows the edits without holding up the typing.
  const printed = useDeferredValue(values);
  const [preview, setPreview] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const [exporting, setExporting] = useState(false);

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

  const saveRef = useRef(state.save);
  useEffect(() => {
    saveRef.current = state.save;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void saveRef.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const exportPdf = async () => {
    setExporting(true);
    try {
      await printDocument({
        fileName: pdfName(dealName, values.title),
        pageSize: 'A4',
        landscape: false,
      });
    } catch {
      notifications.show({ color: 'red', message: t('editor.exportFailed') });
    } finally {
      setExporting(false);
    }
  };

  const printProps = {
    draft: printed,
    dealName,
    accountName,
    members,
    warnings: state.warnings,
  };
  return (
    <form
      ref={rootRef}
      aria-label={t('editor.label', { title: values.title })}
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
          style={{ zIndex: 3 }}
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
                loading={exporting}
                onClick={() => void exportPdf()}
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
            <Paper withBorder p="md" radius="md">
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput
                  {...textProps('title', values.title, actions, errors)}
                  label={t('header.title')}
                  {...requiredField}
                />
                <DateField
                  value={values.meetingDate}
                  onChange={(date) => actions.set('meetingDate', date)}
                  error={fieldError(errors, 'meetingDate')}
                  data-path="meetingDate"
                  label={t('header.meetingDate')}
                />
              </SimpleGrid>
            </Paper>
            <ObjectivesSection
              objectives={values.objectives}
              errors={sectionErrors.objectives}
              actions={actions}
              focusSoon={focusSoon}
            />
            <Section title={t('batna.title')}>
              <SimpleGrid cols={{ base: 1, md: 2 }}>
                <SheetTextarea
                  field="ourBatna"
                  value={values.ourBatna}
                  issue={errors.ourBatna}
                  actions={actions}
                  label={t('batna.ours')}
                  description={t('batna.oursHint')}
                />
                <SheetTextarea
                  field="theirBatna"
                  value={values.theirBatna}
                  issue={errors.theirBatna}
                  actions={actions}
                  label={t('batna.theirs')}
                  description={t('batna.theirsHint')}
                />
              </SimpleGrid>
            </Section>
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
              <Section title={t('agenda.title')}>
                <SheetTextarea
                  field="agenda"
                  value={values.agenda}
                  issue={errors.agenda}
                  actions={actions}
                  label={t('agenda.label')}
                  placeholder={t('agenda.placeholder')}
                  labelled={false}
                />
              </Section>
              <Section title={t('risks.title')}>
                <SheetTextarea
                  field="risks"
                  value={values.risks}
                  issue={errors.risks}
                  actions={actions}
                  label={t('risks.label')}
                  placeholder={t('risks.placeholder')}
                  labelled={false}
                />
              </Section>
            </SimpleGrid>
            <PrinciplesSection
              principles={values.principles}
              issue={errors.principles}
              actions={actions}
            />
            <Section title={t('outcome.title')}>
              <SheetTextarea
                field="outcome"
                value={values.outcome}
                issue={errors.outcome}
                actions={actions}
                label={t('outcome.label')}
                placeholder={t('outcome.placeholder')}
                labelled={false}
              />
            </Section>
          </>
        )}

        <PrintPortal {...printProps} />
        <ConfirmDialog
          opened={leaving}
          title={t('editor.leaveTitle')}
          body={t('editor.leaveBody')}
          confirmLabel={t('editor.leaveConfirm')}
          color="red"
          onConfirm={() => {
            setLeaving(false);
            onClose();
          }}
          onCancel={() => setLeaving(false)}
        />
      </Stack>
    </form>
  );
}

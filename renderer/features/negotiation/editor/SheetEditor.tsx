import {
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconCheck,
  IconDeviceFloppy,
  IconEye,
  IconEyeOff,
  IconFileTypePdf,
} from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { NEGOTIATION_PRINCIPLES } from '../../../../shared/enums.ts';
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
import { ConcessionsSection } from './ConcessionsSection.tsx';
import { IssuesSection } from './IssuesSection.tsx';
import { ObjectivesSection } from './ObjectivesSection.tsx';
import { Section } from './Section.tsx';
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
  const { t, tEnum } = useNegotiationT();
  const memberIds = useMemo(
    () => (members ? new Set(members.map((m) => m.personId)) : null),
    [members],
  );
  const rootRef = useRef<HTMLFormElement>(null);
  const state = useSheetForm(sheet, memberIds, rootRef);
  const { form, values, bind, errorFor, dirty, problem } = state;
  const [preview, setPreview] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const [exporting, setExporting] = useState(false);

  // Add buttons put the keyboard on the new row once it is rendered.
  const pendingFocus = useRef<string | null>(null);
  const focusSoon = (key: string) => {
    pendingFocus.current = key;
  };
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
    draft: values,
    dealName,
    accountName,
    members,
    warnings: state.warnings,
  };
  const textArea = (
    key: 'ourBatna' | 'theirBatna' | 'agenda' | 'risks' | 'outcome',
    label: string,
    extra?: { description?: string; placeholder?: string; labelled?: boolean },
  ) => (
    <Textarea
      {...bind(key)}
      // Alone in its section, a field is named by the section's title without repeating it.
      {...(extra?.labelled === false ? { 'aria-label': label } : { label })}
      description={extra?.description}
      placeholder={extra?.placeholder}
      autosize
      minRows={3}
      maxRows={14}
    />
  );

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
                <TextInput {...bind('title')} label={t('header.title')} {...requiredField} />
                <DateField
                  {...form.getInputProps('meetingDate')}
                  error={errorFor('meetingDate')}
                  data-path="meetingDate"
                  label={t('header.meetingDate')}
                />
              </SimpleGrid>
            </Paper>
            <ObjectivesSection state={state} focusSoon={focusSoon} />
            <Section title={t('batna.title')}>
              <SimpleGrid cols={{ base: 1, md: 2 }}>
                {textArea('ourBatna', t('batna.ours'), { description: t('batna.oursHint') })}
                {textArea('theirBatna', t('batna.theirs'), { description: t('batna.theirsHint') })}
              </SimpleGrid>
            </Section>
            <IssuesSection state={state} focusSoon={focusSoon} />
            <ConcessionsSection state={state} focusSoon={focusSoon} />
            <AttendeesSection state={state} members={members} focusSoon={focusSoon} />
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <Section title={t('agenda.title')}>
                {textArea('agenda', t('agenda.label'), {
                  placeholder: t('agenda.placeholder'),
                  labelled: false,
                })}
              </Section>
              <Section title={t('risks.title')}>
                {textArea('risks', t('risks.label'), {
                  placeholder: t('risks.placeholder'),
                  labelled: false,
                })}
              </Section>
            </SimpleGrid>
            <Section
              title={t('principles.title')}
              hint={t('principles.hint')}
              aside={
                <Badge variant="light" tt="none">
                  {t('principles.count', {
                    done: values.principles.length,
                    total: NEGOTIATION_PRINCIPLES.length,
                  })}
                </Badge>
              }
            >
              <Checkbox.Group
                value={values.principles}
                onChange={(next) =>
                  form.setFieldValue(
                    'principles',
                    NEGOTIATION_PRINCIPLES.filter((p) => next.includes(p)),
                  )
                }
                error={errorFor('principles')}
                aria-label={t('principles.title')}
              >
                <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xs" verticalSpacing={6}>
                  {NEGOTIATION_PRINCIPLES.map((p, i) => (
                    <Checkbox
                      key={p}
                      value={p}
                      label={`${i + 1}. ${tEnum('negotiationPrinciple', p)}`}
                      data-path={i === 0 ? 'principles' : undefined}
                    />
                  ))}
                </SimpleGrid>
              </Checkbox.Group>
            </Section>
            <Section title={t('outcome.title')}>
              {textArea('outcome', t('outcome.label'), {
                placeholder: t('outcome.placeholder'),
                labelled: false,
              })}
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

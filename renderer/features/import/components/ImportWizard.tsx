import { Alert, Button, Group, Stack, Stepper } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ENUM_IMPORT_FIELDS,
  type DateOrder,
  type ImportCounts,
  type ImportField,
  type ImportFile,
  type ImportRecordType,
  type ImportSource,
  type ImportSummary,
  type ValueMaps,
} from '../../../../shared/imports.ts';
import { useReload } from '../../../data/read.ts';
import { useDirtyForm } from '../../../ui/form/dirtyForms.ts';
import { errorText } from '../../../ui/form/errorText.ts';
import { useTask } from '../../../ui/useTask.ts';
import { accountQueries } from '../../accounts/index.ts';
import { importQueries, usePreviewImport } from '../api/importApi.ts';
import { useFileRead } from '../hooks/useFileRead.ts';
import { needsAccount } from '../utils/requiredFields.ts';
import { ColumnsStep, columnsProblem } from './ColumnsStep.tsx';
import { DoneStep } from './DoneStep.tsx';
import { FileStep } from './FileStep.tsx';
import { PreviewStep } from './PreviewStep.tsx';
import { prefillValueMaps, ValuesStep, type FileValues } from './ValuesStep.tsx';
import { WhatStep } from './WhatStep.tsx';

type StepKey = 'file' | 'what' | 'columns' | 'values' | 'preview' | 'done';

type Mapping = {
  /** The file, record type and source this mapping was asked for. */
  key: string;
  columns: (ImportField | null)[];
  saved: boolean;
};

type Props = {
  /** From an account's "Import people…": the record type and account chosen already. */
  initialRecordType?: ImportRecordType | undefined;
  initialAccountId?: string | undefined;
};

const isEnum = (field: ImportField | null) =>
  field !== null && (ENUM_IMPORT_FIELDS as readonly string[]).includes(field);

/**
 * The import wizard: file → what it holds → columns → values → preview → done. Nothing is
 * written before the last button of the preview. A file read and not imported is unsaved work:
 * leaving asks with the app's one question (UnsavedChangesGuard), discard only.
 */
export function ImportWizard({ initialRecordType, initialAccountId }: Props) {
  const { t } = useTranslation();
  const reload = useReload();
  const previewImport = usePreviewImport();
  const [file, setFile] = useState<ImportFile | null>(null);
  const [recordType, setRecordType] = useState<ImportRecordType>(initialRecordType ?? 'accounts');
  const [source, setSource] = useState<ImportSource>('excel');
  const [accountId, setAccountId] = useState<string | null>(initialAccountId ?? null);
  const [mapping, setMapping] = useState<Mapping | null>(null);
  const [dateOrder, setDateOrder] = useState<DateOrder>('ymd');
  const [valueMaps, setValueMaps] = useState<ValueMaps>({});
  const [values, setValues] = useState<FileValues | null>(null);
  const [preview, setPreview] = useState<{ previewId: string; counts: ImportCounts } | null>(null);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [step, setStep] = useState<StepKey>('file');
  const [triedColumns, setTriedColumns] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);

  const reader = useFileRead((read) => {
    setFile(read);
    // Another file (or sheet): its columns are mapped afresh.
    setMapping(null);
    setValues(null);
    setPreview(null);
  });

  const accounts = useQuery({ ...accountQueries.list(false), enabled: accountId !== null });
  const account = accounts.data?.find((a) => a.id === accountId) ?? null;

  const columns = mapping?.columns ?? [];
  const mapsEnum = columns.some(isEnum);
  // The account chosen only counts while no column names each row's account.
  const rowsAccount = needsAccount(recordType) && !columns.includes('account') ? accountId : null;
  const problem = file ? columnsProblem(t, recordType, columns, accountId) : null;

  const steps: StepKey[] = [
    'file',
    'what',
    'columns',
    ...(mapsEnum ? (['values'] as const) : []),
    'preview',
    'done',
  ];
  const active = steps.indexOf(step);

  const runPreview = async () => {
    if (!file || !mapping) return;
    // Only the value maps of the fields mapped now (a saved mapping may hold others).
    const usedMaps = Object.fromEntries(
      Object.entries(valueMaps).filter(([field]) => columns.includes(field as ImportField)),
    );
    setPreview(
      await previewImport.mutateAsync({
        fileId: file.fileId,
        recordType,
        source,
        columns: mapping.columns,
        valueMaps: usedMaps,
        dateOrder,
        accountId: rowsAccount,
      }),
    );
    setStep('preview');
  };

  // Going on may ask the main process first (a mapping, the values, the preview).
  const advance = useTask(async () => {
    if (step === 'file') return setStep('what');
    if (step === 'what') {
      if (!file) return;
      const key = `${file.fileId}|${recordType}|${source}`;
      if (mapping?.key !== key) {
        const answer = await reload(
          importQueries.mapping({ fileId: file.fileId, recordType, source }),
        );
        setMapping({
          key,
          columns: file.headers.map((_, i) => answer.columns[i] ?? null),
          saved: answer.saved,
        });
        setValueMaps(answer.valueMaps);
        setDateOrder(answer.dateOrder);
        setTriedColumns(false);
      }
      return setStep('columns');
    }
    if (step === 'columns') {
      setTriedColumns(true);
      if (!file || !mapping || problem) return;
      if (mapsEnum) {
        const answer = await reload(
          importQueries.values({ fileId: file.fileId, recordType, columns: mapping.columns }),
        );
        setValues(answer);
        setValueMaps((current) => ({ ...current, ...prefillValueMaps(answer, current) }));
        return setStep('values');
      }
      return runPreview();
    }
    if (step === 'values') return runPreview();
  });
  const checkAgain = useTask(runPreview);

  const restart = () => {
    setFile(null);
    setMapping(null);
    setValues(null);
    setPreview(null);
    setSummary(null);
    setStep('file');
  };

  const unfinished = (file !== null || reader.state.kind === 'reading') && summary === null;
  useDirtyForm(unfinished, {
    isDirty: () => unfinished,
    discard: () => {
      reader.cancel();
      restart();
    },
    element: () => rootRef.current,
  });

  const back = () => {
    advance.reset();
    setStep(steps[Math.max(0, active - 1)] ?? 'file');
  };

  const canGoOn =
    (step === 'file' && file !== null && reader.state.kind !== 'reading') ||
    step === 'what' ||
    step === 'columns' ||
    step === 'values';

  return (
    <Stack gap="lg" ref={rootRef}>
      <nav aria-label={t('imports.wizardLabel')}>
        <Stepper
          active={active}
          onStepClick={(index) => {
            // Only steps already passed can be revisited by clicking; going on checks first.
            const target = steps[index];
            if (target && index < active && step !== 'done') {
              advance.reset();
              setStep(target);
            }
          }}
          allowNextStepsSelect={false}
          size="sm"
        >
          {steps.map((key) => (
            <Stepper.Step key={key} label={t(`imports.steps.${key}`)} />
          ))}
        </Stepper>
      </nav>

      {step === 'file' && (
        <FileStep
          file={file}
          state={reader.state}
          onPick={(picked) => void reader.read(picked)}
          onSheet={(sheet) => void reader.readSheet(sheet)}
          onCancel={reader.cancel}
        />
      )}
      {step === 'what' && (
        <WhatStep
          recordType={recordType}
          source={source}
          accountId={accountId}
          onRecordType={setRecordType}
          onSource={setSource}
          onAccountId={setAccountId}
        />
      )}
      {step === 'columns' && file && mapping && (
        <ColumnsStep
          file={file}
          recordType={recordType}
          source={source}
          columns={mapping.columns}
          saved={mapping.saved}
          dateOrder={dateOrder}
          accountId={accountId}
          problem={triedColumns ? problem : null}
          onColumns={(next) => setMapping({ ...mapping, columns: next })}
          onDateOrder={setDateOrder}
          onAccountId={setAccountId}
        />
      )}
      {step === 'values' && values && (
        <ValuesStep values={values} valueMaps={valueMaps} onValueMaps={setValueMaps} />
      )}
      {step === 'preview' && file && preview && (
        <PreviewStep
          key={preview.previewId}
          fileName={file.fileName}
          preview={preview}
          checking={checkAgain.isPending}
          onCheckAgain={() => checkAgain.mutate()}
          onCommitted={(done) => {
            setSummary(done);
            setStep('done');
          }}
        />
      )}
      {step === 'done' && summary && (
        <DoneStep
          summary={summary}
          account={rowsAccount && account ? { id: account.id, name: account.name } : null}
          onAnother={restart}
        />
      )}

      {(advance.isError || checkAgain.isError) && (
        <Alert color="red" role="alert">
          {errorText(t, advance.error ?? checkAgain.error)}
        </Alert>
      )}

      {step !== 'file' && step !== 'done' && (
        <Group gap="sm">
          <Button variant="default" onClick={back} disabled={advance.isPending}>
            {t('imports.back')}
          </Button>
          {canGoOn && (
            <Button onClick={() => advance.mutate()} loading={advance.isPending}>
              {t('imports.next')}
            </Button>
          )}
        </Group>
      )}
      {step === 'file' && (
        <Group gap="sm">
          <Button onClick={() => advance.mutate()} disabled={!canGoOn}>
            {t('imports.next')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

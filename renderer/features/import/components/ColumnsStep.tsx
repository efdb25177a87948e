import { Alert, Select, Stack, Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  DATE_ORDERS,
  IMPORT_FIELDS,
  type DateOrder,
  type ImportCell,
  type ImportField,
  type ImportFile,
  type ImportRecordType,
  type ImportSource,
} from '../../../../shared/imports.ts';
import { fieldLabel } from '../utils/labels.ts';
import { DATE_FIELDS, needsAccount, REQUIRED_FIELD } from '../utils/requiredFields.ts';
import { AccountSelect } from './AccountSelect.tsx';

// A Select's value cannot be null and still be a choice the user can make.
const SKIP = '__skip__';
const SAMPLES = 3;

type Props = {
  file: ImportFile;
  recordType: ImportRecordType;
  source: ImportSource;
  columns: (ImportField | null)[];
  /** True when the mapping is the one saved for this source last time. */
  saved: boolean;
  dateOrder: DateOrder;
  accountId: string | null;
  /** Why the wizard cannot go on yet, shown once the user tried. */
  problem: string | null;
  onColumns: (columns: (ImportField | null)[]) => void;
  onDateOrder: (dateOrder: DateOrder) => void;
  onAccountId: (accountId: string | null) => void;
};

/** The first few different values of one column, for recognising it. */
export function sampleValues(sample: ImportCell[][], column: number): string[] {
  const values: string[] = [];
  for (const row of sample) {
    const cell = row[column];
    const text = cell === null || cell === undefined ? '' : String(cell).trim();
    if (text !== '' && !values.includes(text)) values.push(text);
    if (values.length === SAMPLES) break;
  }
  return values;
}

/** Step 3: each column of the file, a few of its values, and the field it goes into. */
export function ColumnsStep(props: Props) {
  const { t } = useTranslation();
  const { file, recordType, columns } = props;
  const fields: readonly ImportField[] = IMPORT_FIELDS[recordType];
  const mapsDate = columns.some((field) => field !== null && DATE_FIELDS.includes(field));
  const mapsAccount = columns.includes('account');

  const setColumn = (index: number, field: ImportField | null) =>
    props.onColumns(file.headers.map((_, i) => (i === index ? field : (columns[i] ?? null))));

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed" role="status">
        {props.saved
          ? t('imports.columns.saved', { source: t(`imports.what.sources.${props.source}`) })
          : t('imports.columns.suggested')}
      </Text>
      <Table.ScrollContainer minWidth={640}>
        <Table striped highlightOnHover aria-label={t('imports.columns.tableLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('imports.columns.column')}</Table.Th>
              <Table.Th>{t('imports.columns.samples')}</Table.Th>
              <Table.Th w={280}>{t('imports.columns.field')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {file.headers.map((rawHeader, index) => {
              const header =
                rawHeader.trim() || t('imports.columns.unnamed', { number: index + 1 });
              const current = columns[index] ?? null;
              return (
                <Table.Tr key={index}>
                  <Table.Td fw={500}>{header}</Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed" lineClamp={2}>
                      {sampleValues(file.sample, index).join(t('common.listSeparator'))}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={t('imports.columns.fieldFor', { header })}
                      data={[
                        { value: SKIP, label: t('imports.columns.skip') },
                        ...fields.map((field) => ({
                          value: field,
                          label: fieldLabel(t, field),
                          // One column per field: a field taken by another column is greyed.
                          disabled: field !== current && columns.includes(field),
                        })),
                      ]}
                      value={current ?? SKIP}
                      onChange={(value) =>
                        setColumn(index, !value || value === SKIP ? null : (value as ImportField))
                      }
                      allowDeselect={false}
                      searchable
                      size="xs"
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>

      {mapsDate && (
        <Select
          label={t('imports.columns.dateOrder')}
          data={DATE_ORDERS.map((order) => ({
            value: order,
            label: t(`imports.columns.dateOrders.${order}`),
          }))}
          value={props.dateOrder}
          onChange={(value) => value && props.onDateOrder(value as DateOrder)}
          allowDeselect={false}
          maw={420}
        />
      )}
      {needsAccount(recordType) && !mapsAccount && (
        <AccountSelect value={props.accountId} onChange={props.onAccountId} />
      )}
      {props.problem && (
        <Alert color="orange" role="alert">
          {props.problem}
        </Alert>
      )}
    </Stack>
  );
}

/** Why the columns cannot be imported yet, or null. */
export function columnsProblem(
  t: TFunction,
  recordType: ImportRecordType,
  columns: (ImportField | null)[],
  accountId: string | null,
): string | null {
  const required = REQUIRED_FIELD[recordType];
  if (!columns.includes(required))
    return t('imports.columns.required', { field: fieldLabel(t, required) });
  if (needsAccount(recordType) && !columns.includes('account') && accountId === null)
    return t('imports.columns.accountRequired');
  return null;
}

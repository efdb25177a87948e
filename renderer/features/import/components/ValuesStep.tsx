import { Select, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../../shared/channels.ts';
import type { EnumImportField, ValueMaps } from '../../../../shared/imports.ts';
import { useFormatters } from '../../../ui/useFormatters.ts';
import { fieldLabel, optionLabel } from '../utils/labels.ts';

export type FileValues = ChannelOutput<'imports.values'>;

// A Select's value cannot be null: this one stands for "refuse rows with this value".
const REFUSE = '__refuse__';

/**
 * Our code for each value of the file: what the user chose before (a saved mapping, or this
 * session), else the server's suggestion; a value with neither refuses its rows.
 */
export function prefillValueMaps(values: FileValues, current: ValueMaps): ValueMaps {
  const next: ValueMaps = {};
  for (const { field, values: fileValues } of values) {
    const chosen = current[field] ?? {};
    next[field] = Object.fromEntries(
      fileValues.map(({ value, suggestion }) => [
        value,
        Object.hasOwn(chosen, value) ? (chosen[value] ?? null) : suggestion,
      ]),
    );
  }
  return next;
}

type Props = {
  values: FileValues;
  valueMaps: ValueMaps;
  onValueMaps: (valueMaps: ValueMaps) => void;
};

/** Step 4: for each enumeration column, each value of the file and which of ours it means. */
export function ValuesStep({ values, valueMaps, onValueMaps }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();

  const choose = (field: EnumImportField, value: string, code: string | null) =>
    onValueMaps({ ...valueMaps, [field]: { ...valueMaps[field], [value]: code } });

  return (
    <Stack gap="lg">
      <Text size="sm" c="dimmed">
        {t('imports.values.intro')}
      </Text>
      {values.map(({ field, options, values: fileValues }) => {
        const label = fieldLabel(t, field);
        const data = [
          ...options.map((code) => ({ value: code, label: optionLabel(t, field, code) })),
          { value: REFUSE, label: t('imports.values.refuse') },
        ];
        return (
          <Stack key={field} gap="xs">
            <Title order={3} fz="md">
              {label}
            </Title>
            <Table striped aria-label={t('imports.values.tableLabel', { field: label })} maw={760}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('imports.values.value')}</Table.Th>
                  <Table.Th ta="right" w={80}>
                    {t('imports.values.count')}
                  </Table.Th>
                  <Table.Th w={320}>{t('imports.values.ours')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {fileValues.map(({ value, count }) => {
                  const shown = value === '' ? t('imports.values.empty') : value;
                  const code = valueMaps[field]?.[value] ?? null;
                  return (
                    <Table.Tr key={value}>
                      <Table.Td>{shown}</Table.Td>
                      <Table.Td ta="right">{format.integer(count)}</Table.Td>
                      <Table.Td>
                        <Select
                          aria-label={t('imports.values.oursFor', { field: label, value: shown })}
                          data={data}
                          value={code ?? REFUSE}
                          onChange={(next) =>
                            choose(field, value, !next || next === REFUSE ? null : next)
                          }
                          allowDeselect={false}
                          searchable
                          size="xs"
                          error={code === null}
                        />
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Stack>
        );
      })}
    </Stack>
  );
}

import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInertBackground } from '../../../ui/useInertBackground.ts';

export type QuickAddRequest = {
  title: string;
  external: boolean;
  managerId: string | null;
  department: string;
  organization: string;
};

export type QuickAddValues = {
  name: string;
  title: string;
  department: string;
  organization: string;
};

type Props = {
  request: QuickAddRequest | null;
  busy: boolean;
  error: string | null;
  onSubmit: (values: QuickAddValues) => void;
  onClose: () => void;
};

/** Name, title and department (or organisation) of a new card; Enter adds it. */
export function QuickAddDialog({ request, busy, error, onSubmit, onClose }: Props) {
  const { t } = useTranslation();
  useInertBackground(request !== null);
  return (
    <Modal
      opened={request !== null}
      onClose={onClose}
      title={request?.title}
      centered
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {request && (
        <QuickAddForm
          request={request}
          busy={busy}
          error={error}
          onSubmit={onSubmit}
          onClose={onClose}
        />
      )}
    </Modal>
  );
}

function QuickAddForm({
  request,
  busy,
  error,
  onSubmit,
  onClose,
}: Omit<Props, 'request'> & { request: QuickAddRequest }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<QuickAddValues>({
    name: '',
    title: '',
    department: request.department,
    organization: request.organization,
  });

  const set = (key: keyof QuickAddValues) => (e: React.ChangeEvent<HTMLInputElement>) => {
    const value = e.currentTarget.value;
    setValues((v) => ({ ...v, [key]: value }));
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (values.name.trim()) {
          onSubmit({
            name: values.name.trim(),
            title: values.title.trim(),
            department: values.department.trim(),
            organization: values.organization.trim(),
          });
        }
      }}
    >
      <Stack gap="sm">
        <TextInput
          label={t('orgmap.card.name')}
          value={values.name}
          onChange={set('name')}
          required
          maxLength={100}
          data-autofocus
          error={error}
        />
        <TextInput
          label={t('orgmap.card.title')}
          value={values.title}
          onChange={set('title')}
          maxLength={100}
        />
        {request.external ? (
          <TextInput
            label={t('orgmap.card.organization')}
            value={values.organization}
            onChange={set('organization')}
            maxLength={100}
          />
        ) : (
          <TextInput
            label={t('orgmap.card.department')}
            value={values.department}
            onChange={set('department')}
            maxLength={100}
          />
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy} disabled={!values.name.trim()}>
            {t('orgmap.add.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

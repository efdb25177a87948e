import { Button, Group, Modal, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../ui/form/errorText.ts';
import { useInertBackground } from '../../../ui/useInertBackground.ts';
import { verifierName } from '../utils/verifierName.ts';
import { useTask } from '../../../ui/useTask.ts';

type Props = {
  opened: boolean;
  onCancel: () => void;
  /** Saves the check; throws an RpcError when refused. */
  onVerify: (verifiedBy: string) => Promise<void>;
};

/** Asks who checked a competitor entry today, remembering the name for next time. */
export function VerifyDialog({ opened, onCancel, onVerify }: Props) {
  const { t } = useTranslation();
  useInertBackground(opened);
  return (
    <Modal
      opened={opened}
      onClose={onCancel}
      title={t('competition.verify.title')}
      centered
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {opened && <VerifyForm onCancel={onCancel} onVerify={onVerify} />}
    </Modal>
  );
}

function VerifyForm({ onCancel, onVerify }: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const [name, setName] = useState(verifierName.get);
  // Submitted without a name: refused here, before asking the store.
  const [missing, setMissing] = useState(false);
  const verify = useTask(async (typed: string) => {
    await onVerify(typed.trim());
    verifierName.remember(typed);
  });
  const error = missing ? t('issues.required') : verify.error ? errorText(t, verify.error) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(name.trim() === '');
    if (name.trim() !== '') verify.mutate(name);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Text size="sm" mb="sm">
        {t('competition.verify.body')}
      </Text>
      <TextInput
        label={t('competition.verify.who')}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        error={error}
        data-autofocus
      />
      <Group justify="flex-end" mt="lg" gap="sm">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={verify.isPending}>
          {t('competition.verify.confirm')}
        </Button>
      </Group>
    </form>
  );
}

import { Button, Group, Modal, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Issue } from '../../../../shared/issues.ts';
import { RpcError } from '../../../api/RpcError.ts';
import { issueMessage } from '../../../ui/form/issueMessage.ts';
import { useInertBackground } from '../../../ui/useInertBackground.ts';
import { verifierName } from '../utils/verifierName.ts';

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
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      setError(t('issues.required'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onVerify(name.trim());
      verifierName.remember(name);
    } catch (e) {
      const issue: Issue | undefined = e instanceof RpcError ? e.issues[0] : undefined;
      setError(
        issue
          ? issueMessage(t, issue)
          : t(`errors.codes.${e instanceof RpcError ? e.code : 'internal'}`),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
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
        <Button type="submit" loading={busy}>
          {t('competition.verify.confirm')}
        </Button>
      </Group>
    </form>
  );
}

import { Alert, Button, Group, Modal, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLock, IconLockOpen } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { makeIssue } from '../../../../shared/issues.ts';
import {
  setPassphraseInput,
  type SetPassphraseInput,
  type WorkspaceInfo,
} from '../../../../shared/workspace.ts';
import { FormProblemAlert } from '../../../ui/form/FormProblemAlert.tsx';
import { useDraftForm } from '../../../ui/form/useDraftForm.ts';
import { zodParser, type ParseResult } from '../../../ui/form/zodParser.ts';
import { useInertBackground } from '../../../ui/useInertBackground.ts';
import { useSetPassphrase } from '../api/workspaceQueries.ts';

/** What the dialog does: encrypt a plain workspace, change its passphrase, or decrypt it. */
type Mode = 'set' | 'change' | 'remove';
type Values = { current: string; next: string; repeat: string };

/**
 * Settings → Workspace → Encryption: whether the file is encrypted, and setting, changing or
 * removing its passphrase (the server backs the file up first and re-keys every backup).
 */
export function PassphraseSettings({ info }: { info: WorkspaceInfo }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<Mode | null>(null);
  const blocked = info.readOnly || info.state === 'damaged';
  return (
    <Stack gap="xs" mt="sm">
      <Title order={4} fz="md">
        {t('workspace.passphrase.title')}
      </Title>
      <Text size="sm">
        {t(info.encrypted ? 'workspace.passphrase.encrypted' : 'workspace.passphrase.plain')}
      </Text>
      <Group>
        {info.encrypted ? (
          <>
            <Button
              variant="light"
              leftSection={<IconLock size={16} />}
              disabled={blocked}
              onClick={() => setMode('change')}
            >
              {t('workspace.passphrase.change')}
            </Button>
            <Button
              variant="default"
              leftSection={<IconLockOpen size={16} />}
              disabled={blocked}
              onClick={() => setMode('remove')}
            >
              {t('workspace.passphrase.remove')}
            </Button>
          </>
        ) : (
          <Button
            variant="light"
            leftSection={<IconLock size={16} />}
            disabled={blocked}
            onClick={() => setMode('set')}
          >
            {t('workspace.passphrase.set')}
          </Button>
        )}
      </Group>
      {mode && <PassphraseDialog mode={mode} onClose={() => setMode(null)} />}
    </Stack>
  );
}

/** The form's values as the contract's input; the repeat must match the new passphrase. */
function parser(mode: Mode) {
  const parse = zodParser(setPassphraseInput);
  return (values: Values): ParseResult<SetPassphraseInput> => {
    const result = parse({
      ...(mode === 'set' ? {} : { current: values.current }),
      next: mode === 'remove' ? null : values.next,
    });
    const issues = result.success ? [] : [...result.issues];
    if (mode !== 'set' && values.current === '') issues.push(makeIssue(['current'], 'required'));
    if (mode !== 'remove' && values.repeat !== values.next)
      issues.push(makeIssue(['repeat'], 'passphrase_mismatch'));
    return issues.length > 0 || !result.success
      ? { success: false, issues }
      : { success: true, data: result.data };
  };
}

function PassphraseDialog({ mode, onClose }: { mode: Mode; onClose: () => void }) {
  const { t } = useTranslation();
  useInertBackground(true);
  const save = useSetPassphrase();
  const { form, problem, onSubmit } = useDraftForm<Values, SetPassphraseInput>({
    initialValues: { current: '', next: '', repeat: '' },
    parse: parser(mode),
  });

  const submit = onSubmit(async (input) => {
    await save.mutateAsync(input);
    notifications.show({
      color: 'teal',
      autoClose: false,
      message: t(`workspace.passphrase.done.${mode}`),
    });
    onClose();
  });

  return (
    <Modal
      opened
      onClose={onClose}
      title={t(`workspace.passphrase.dialogTitle.${mode}`)}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Alert color={mode === 'remove' ? 'orange' : 'blue'} variant="light">
            {t(`workspace.passphrase.warning.${mode}`)}
          </Alert>
          {problem && <FormProblemAlert problem={problem} />}
          {mode !== 'set' && (
            <PasswordInput
              label={t('workspace.passphrase.current')}
              autoComplete="current-password"
              required
              data-autofocus
              {...form.getInputProps('current')}
            />
          )}
          {mode !== 'remove' && (
            <>
              <PasswordInput
                label={t('workspace.passphrase.next')}
                description={t('workspace.passphrase.nextHint')}
                autoComplete="new-password"
                required
                data-autofocus={mode === 'set' ? true : undefined}
                {...form.getInputProps('next')}
              />
              <PasswordInput
                label={t('workspace.passphrase.repeat')}
                autoComplete="new-password"
                required
                {...form.getInputProps('repeat')}
              />
            </>
          )}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              color={mode === 'remove' ? 'orange' : undefined}
              loading={save.isPending}
            >
              {t(`workspace.passphrase.confirm.${mode}`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

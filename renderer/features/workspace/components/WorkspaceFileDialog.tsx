import { Button, Checkbox, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { channels } from '../../../../shared/channels.ts';
import { FormProblemAlert } from '../../../ui/form/FormProblemAlert.tsx';
import { useDraftForm } from '../../../ui/form/useDraftForm.ts';
import { useInertBackground } from '../../../ui/useInertBackground.ts';
import { useCreateWorkspace, useOpenWorkspace, useSaveCopy } from '../api/workspaceFileQueries.ts';

export type FileAction = 'saveCopy' | 'open' | 'create';

type Props = {
  action: FileAction;
  /** Where the path field starts: a file beside the open workspace. */
  suggestedPath: string;
  onClose: () => void;
};

// The dialog's words per action (workspace.files.*).
const WORDS = {
  saveCopy: { title: 'saveCopyTitle', body: 'saveCopyBody', confirm: 'saveCopyConfirm' },
  open: { title: 'openTitle', body: 'openBody', confirm: 'openConfirm' },
  create: { title: 'createTitle', body: 'createBody', confirm: 'createConfirm' },
} as const;

/**
 * "Save a copy…", "Open workspace…" and "New workspace…" in the browser shell: a typed absolute
 * path (the shell serves this one machine), checked by the contract as typed and by the server
 * on submit, whose reason shows under the field. The dialog says what happens to the open file.
 */
export function WorkspaceFileDialog({ action, suggestedPath, onClose }: Props) {
  const { t } = useTranslation();
  useInertBackground(true);
  const words = WORDS[action];
  const saveCopy = useSaveCopy();
  const openFile = useOpenWorkspace();
  const create = useCreateWorkspace();
  const { form, problem, onSubmit, lengthProps } = useDraftForm({
    schema: z.strictObject({
      path: channels['workspace.open'].input.shape.path,
      overwrite: z.boolean(),
      withDemo: z.boolean(),
    }),
    initialValues: { path: suggestedPath, overwrite: false, withDemo: false },
  });
  const busy = saveCopy.isPending || openFile.isPending || create.isPending;

  const save = onSubmit(async ({ path, overwrite, withDemo }) => {
    if (action === 'saveCopy') {
      const copy = await saveCopy.mutateAsync({ path, overwrite });
      notifications.show({ color: 'teal', message: t('workspace.files.savedCopyNotice', copy) });
    } else if (action === 'open') {
      const info = await openFile.mutateAsync({ path });
      notifications.show({ color: 'teal', message: t('workspace.files.openedNotice', info) });
    } else {
      const info = await create.mutateAsync({ path, withDemo });
      notifications.show({ color: 'teal', message: t('workspace.files.createdNotice', info) });
    }
    onClose();
  });

  return (
    <Modal
      opened
      onClose={onClose}
      title={t(`workspace.files.${words.title}`)}
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={save} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t(`workspace.files.${words.body}`)}</Text>
          <TextInput
            label={t('workspace.files.pathLabel')}
            description={t('workspace.files.pathHint', { example: suggestedPath })}
            autoComplete="off"
            spellCheck={false}
            data-autofocus
            {...lengthProps('path')}
            {...form.getInputProps('path')}
            key={form.key('path')}
          />
          {action === 'saveCopy' && (
            <Checkbox
              label={t('workspace.files.overwrite')}
              {...form.getInputProps('overwrite', { type: 'checkbox' })}
              key={form.key('overwrite')}
            />
          )}
          {action === 'create' && (
            <Checkbox
              label={t('workspace.files.withDemo')}
              {...form.getInputProps('withDemo', { type: 'checkbox' })}
              key={form.key('withDemo')}
            />
          )}
          {problem && <FormProblemAlert problem={problem} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t(`workspace.files.${words.confirm}`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

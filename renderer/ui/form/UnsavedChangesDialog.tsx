import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useInertBackground } from '../useInertBackground.ts';

type Props = {
  opened: boolean;
  /** Offered when every unsaved form can be saved from here. */
  canSave: boolean;
  saving: boolean;
  onStay: () => void;
  onDiscard: () => void;
  onSave: () => void;
};

/** "Discard unsaved changes?": keep editing (Esc), discard and go on, or save and go on. */
export function UnsavedChangesDialog({
  opened,
  canSave,
  saving,
  onStay,
  onDiscard,
  onSave,
}: Props) {
  const { t } = useTranslation();
  useInertBackground(opened);
  return (
    <Modal
      opened={opened}
      onClose={onStay}
      title={t('unsaved.title')}
      centered
      zIndex={400}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Text size="sm">{t(canSave ? 'unsaved.body' : 'unsaved.bodyDiscardOnly')}</Text>
      <Group justify="flex-end" mt="lg" gap="sm">
        <Button variant="default" onClick={onStay} data-autofocus={canSave ? undefined : true}>
          {t('unsaved.stay')}
        </Button>
        <Button variant="light" color="red" onClick={onDiscard} disabled={saving}>
          {t('unsaved.discard')}
        </Button>
        {canSave && (
          <Button onClick={onSave} loading={saving} data-autofocus>
            {t('unsaved.save')}
          </Button>
        )}
      </Group>
    </Modal>
  );
}

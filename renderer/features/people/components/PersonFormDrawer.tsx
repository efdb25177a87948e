import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/schemas.ts';
import { FormDrawer } from '../../../ui/form/FormDrawer.tsx';
import type { DrawerTarget } from '../../../ui/useDrawerTarget.ts';
import { EraseButton } from '../../erasure/index.ts';
import { PersonForm } from './PersonForm.tsx';

type Props = {
  drawer: DrawerTarget<Person | 'new'>;
  accountId: string;
  /** The account's people, to pick managers from. */
  people: Person[];
};

export function PersonFormDrawer({ drawer, accountId, people }: Props) {
  const { t } = useTranslation();
  const { target } = drawer;
  return (
    <FormDrawer
      opened={drawer.opened}
      onClose={drawer.close}
      onExitTransitionEnd={drawer.onExitTransitionEnd}
      title={target === 'new' ? t('people.createTitle') : t('people.editTitle')}
    >
      {target && (
        <PersonForm
          key={target === 'new' ? 'new' : target.id}
          accountId={accountId}
          person={target === 'new' ? null : target}
          people={people}
          onCancel={drawer.close}
          onSaved={drawer.close}
        />
      )}
      {target && target !== 'new' && (
        // Kept apart from the form's buttons: erasing is rare and cannot be undone.
        <Group px="lg" py="md" justify="flex-start">
          <EraseButton
            target={{ kind: 'person', id: target.id, name: target.name }}
            onErased={drawer.close}
          />
        </Group>
      )}
    </FormDrawer>
  );
}

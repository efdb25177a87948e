import { useTranslation } from 'react-i18next';
import type { Account } from '../../../../shared/schemas.ts';
import { FormDrawer } from '../../../ui/form/FormDrawer.tsx';
import type { DrawerTarget } from '../../../ui/useDrawerTarget.ts';
import { AccountForm } from './AccountForm.tsx';

type Props = {
  drawer: DrawerTarget<Account | 'new'>;
  onCreated?: (account: Account) => void;
};

/** The account form in its drawer, for a new account or an existing one. */
export function AccountFormDrawer({ drawer, onCreated }: Props) {
  const { t } = useTranslation();
  const { target } = drawer;
  return (
    <FormDrawer
      opened={drawer.opened}
      onClose={drawer.close}
      onExitTransitionEnd={drawer.onExitTransitionEnd}
      title={target === 'new' ? t('accounts.createTitle') : t('accounts.editTitle')}
    >
      {target && (
        <AccountForm
          key={target === 'new' ? 'new' : target.id}
          account={target === 'new' ? null : target}
          onCancel={drawer.close}
          onSaved={(account, created) => {
            drawer.close();
            if (created) onCreated?.(account);
          }}
        />
      )}
    </FormDrawer>
  );
}

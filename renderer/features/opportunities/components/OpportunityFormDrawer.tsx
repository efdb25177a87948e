import { useTranslation } from 'react-i18next';
import type { Opportunity } from '../../../../shared/schemas.ts';
import { FormDrawer } from '../../../ui/form/FormDrawer.tsx';
import type { DrawerTarget } from '../../../ui/useDrawerTarget.ts';
import { OpportunityForm } from './OpportunityForm.tsx';

type Props = {
  drawer: DrawerTarget<Opportunity | 'new'>;
  /** The account a new opportunity belongs to; without it the form asks. */
  accountId?: string;
};

export function OpportunityFormDrawer({ drawer, accountId }: Props) {
  const { t } = useTranslation();
  const { target } = drawer;
  return (
    <FormDrawer
      opened={drawer.opened}
      onClose={drawer.close}
      onExitTransitionEnd={drawer.onExitTransitionEnd}
      title={target === 'new' ? t('opportunities.createTitle') : t('opportunities.editTitle')}
    >
      {target && (
        <OpportunityForm
          key={target === 'new' ? 'new' : target.id}
          opportunity={target === 'new' ? null : target}
          accountId={accountId ?? null}
          onCancel={drawer.close}
          onSaved={drawer.close}
        />
      )}
    </FormDrawer>
  );
}

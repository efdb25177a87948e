import { useTranslation } from 'react-i18next';
import type { Competitor } from '../../../../shared/competition.ts';
import { FormDrawer } from '../../../ui/form/FormDrawer.tsx';
import type { DrawerTarget } from '../../../ui/useDrawerTarget.ts';
import { CompetitorForm } from './CompetitorForm.tsx';

type Props = {
  drawer: DrawerTarget<Competitor | 'new'>;
  onCreated?: (competitor: Competitor) => void;
  initialName?: string;
};

/** The competitor form in its drawer, for a new entry or an existing one. */
export function CompetitorFormDrawer({ drawer, onCreated, initialName }: Props) {
  const { t } = useTranslation();
  const { target } = drawer;
  return (
    <FormDrawer
      opened={drawer.opened}
      onClose={drawer.close}
      onExitTransitionEnd={drawer.onExitTransitionEnd}
      title={target === 'new' ? t('competition.form.createTitle') : t('competition.form.editTitle')}
    >
      {target && (
        <CompetitorForm
          key={target === 'new' ? 'new' : target.id}
          competitor={target === 'new' ? null : target}
          initialName={initialName}
          onCancel={drawer.close}
          onSaved={(competitor, created) => {
            drawer.close();
            if (created) onCreated?.(competitor);
          }}
        />
      )}
    </FormDrawer>
  );
}

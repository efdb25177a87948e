import { useTranslation } from 'react-i18next';
import { Page } from '../ui/Page.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { OpportunitiesPanel } from '../features/opportunities/index.ts';

/** Every account's opportunities in one list. */
export function OpportunitiesPage() {
  const { t } = useTranslation();
  return (
    <Page>
      <PageHeader title={t('opportunities.title')} />
      <OpportunitiesPanel />
    </Page>
  );
}

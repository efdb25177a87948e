import { Tabs } from '@mantine/core';
import { IconFileImport, IconHistory } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportRecordType } from '../../shared/imports.ts';
import { Page } from '../ui/Page.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { ImportHistory, ImportWizard } from '../features/import/index.ts';

type Props = { recordType?: ImportRecordType | undefined; accountId?: string | undefined };

/** Import: the wizard, and the history of imports with their undo. */
export function ImportPage({ recordType, accountId }: Props) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<'wizard' | 'history'>('wizard');
  return (
    <Page>
      <PageHeader title={t('imports.title')} />
      <Tabs
        value={tab}
        onChange={(next) => setTab(next === 'history' ? 'history' : 'wizard')}
        flex={1}
        mih={0}
        style={{ display: 'flex', flexDirection: 'column' }}
      >
        <Tabs.List aria-label={t('imports.tabs.label')}>
          <Tabs.Tab value="wizard" leftSection={<IconFileImport size={16} />}>
            {t('imports.tabs.wizard')}
          </Tabs.Tab>
          <Tabs.Tab value="history" leftSection={<IconHistory size={16} />}>
            {t('imports.tabs.history')}
          </Tabs.Tab>
        </Tabs.List>
        {/* The wizard stays mounted behind the history, so a half-done import is kept. */}
        <Tabs.Panel value="wizard" pt="md" style={{ overflowY: 'auto' }} flex={1} keepMounted>
          <ImportWizard initialRecordType={recordType} initialAccountId={accountId} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md" style={{ overflowY: 'auto' }} flex={1}>
          {tab === 'history' && <ImportHistory />}
        </Tabs.Panel>
      </Tabs>
    </Page>
  );
}

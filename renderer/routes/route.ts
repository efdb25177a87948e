import { IMPORT_RECORD_TYPES, type ImportRecordType } from '../../shared/imports.ts';

export const ACCOUNT_TABS = ['profile', 'people', 'opportunities', 'activities', 'map'] as const;
export type AccountTab = (typeof ACCOUNT_TABS)[number];
export const DEAL_TABS = [
  'committee',
  'stage',
  'activities',
  'changes',
  'competition',
  'negotiation',
  'evaluation',
] as const;
export type DealTab = (typeof DEAL_TABS)[number];
export const PIPELINE_TABS = ['board', 'table', 'funnel'] as const;
export type PipelineTab = (typeof PIPELINE_TABS)[number];
export const FORECAST_TABS = ['overview', 'movements', 'reviews'] as const;
export type ForecastTab = (typeof FORECAST_TABS)[number];
export const SETTINGS_SECTIONS = ['workspace'] as const;
export type SettingsSection = (typeof SETTINGS_SECTIONS)[number];

/** The screens of the app. Routes live in the URL fragment, so file:// and reloads both work. */
export type Route =
  | { name: 'accounts' }
  /**
   * `opportunityId` only on the map tab: the deal whose buying committee the map shows;
   * `personId` only on the people tab: the person whose form opens (from search).
   */
  | { name: 'account'; id: string; tab: AccountTab; opportunityId?: string; personId?: string }
  | { name: 'opportunities' }
  /** `sheetId` only on the negotiation tab: the sheet open in the editor (from search). */
  | { name: 'deal'; id: string; tab: DealTab; sheetId?: string }
  | { name: 'competitors' }
  | { name: 'competitor'; id: string }
  | { name: 'pipeline'; tab: PipelineTab }
  | { name: 'forecast'; tab: ForecastTab }
  /** Attractiveness × feasibility of every open deal. */
  | { name: 'evaluation' }
  /** `section` brings one part of the settings into view, e.g. the workspace's backups. */
  | { name: 'settings'; section?: SettingsSection }
  /** The import wizard and history; from an account, its people (or deals…) chosen already. */
  | { name: 'import'; recordType?: ImportRecordType; accountId?: string };

export const route = {
  /** Reads `#/accounts/ID/people` and the like; anything else is the accounts list. */
  parse(hash: string): Route {
    const [area, id, tab, sub] = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
    if (area === 'opportunities' && id) {
      const dealTab = DEAL_TABS.find((t) => t === tab) ?? 'committee';
      if (dealTab === 'negotiation' && sub) return { name: 'deal', id, tab: dealTab, sheetId: sub };
      return { name: 'deal', id, tab: dealTab };
    }
    if (area === 'opportunities') return { name: 'opportunities' };
    if (area === 'pipeline')
      return { name: 'pipeline', tab: PIPELINE_TABS.find((t) => t === id) ?? 'board' };
    if (area === 'settings') {
      const section = SETTINGS_SECTIONS.find((s) => s === id);
      return section ? { name: 'settings', section } : { name: 'settings' };
    }
    if (area === 'forecast')
      return { name: 'forecast', tab: FORECAST_TABS.find((t) => t === id) ?? 'overview' };
    if (area === 'evaluation') return { name: 'evaluation' };
    if (area === 'import') {
      const recordType = IMPORT_RECORD_TYPES.find((r) => r === id);
      if (!recordType) return { name: 'import' };
      return tab ? { name: 'import', recordType, accountId: tab } : { name: 'import', recordType };
    }
    if (area === 'competitors') return id ? { name: 'competitor', id } : { name: 'competitors' };
    if (area === 'accounts' && id) {
      const accountTab = ACCOUNT_TABS.find((t) => t === tab) ?? 'profile';
      if (accountTab === 'map' && sub)
        return { name: 'account', id, tab: 'map', opportunityId: sub };
      if (accountTab === 'people' && sub)
        return { name: 'account', id, tab: 'people', personId: sub };
      return { name: 'account', id, tab: accountTab };
    }
    return { name: 'accounts' };
  },

  href(to: Route): string {
    switch (to.name) {
      case 'accounts':
        return '#/accounts';
      case 'opportunities':
        return '#/opportunities';
      case 'pipeline':
        return `#/pipeline/${to.tab}`;
      case 'settings':
        return to.section ? `#/settings/${to.section}` : '#/settings';
      case 'forecast':
        return `#/forecast/${to.tab}`;
      case 'evaluation':
        return '#/evaluation';
      case 'import': {
        if (!to.recordType) return '#/import';
        const account = to.accountId ? `/${encodeURIComponent(to.accountId)}` : '';
        return `#/import/${to.recordType}${account}`;
      }
      case 'competitors':
        return '#/competitors';
      case 'competitor':
        return `#/competitors/${encodeURIComponent(to.id)}`;
      case 'deal': {
        const base = `#/opportunities/${encodeURIComponent(to.id)}${to.tab === 'committee' ? '' : `/${to.tab}`}`;
        return to.tab === 'negotiation' && to.sheetId
          ? `${base}/${encodeURIComponent(to.sheetId)}`
          : base;
      }
      case 'account': {
        const base = `#/accounts/${encodeURIComponent(to.id)}${to.tab === 'profile' ? '' : `/${to.tab}`}`;
        if (to.tab === 'people' && to.personId) return `${base}/${encodeURIComponent(to.personId)}`;
        return to.tab === 'map' && to.opportunityId
          ? `${base}/${encodeURIComponent(to.opportunityId)}`
          : base;
      }
    }
  },
};

export const ACCOUNT_TABS = ['profile', 'people', 'opportunities', 'map'] as const;
export type AccountTab = (typeof ACCOUNT_TABS)[number];
export const DEAL_TABS = [
  'committee',
  'changes',
  'competition',
  'negotiation',
  'evaluation',
] as const;
export type DealTab = (typeof DEAL_TABS)[number];

/** The screens of the app. Routes live in the URL fragment, so file:// and reloads both work. */
export type Route =
  | { name: 'accounts' }
  /** `opportunityId` only on the map tab: the deal whose buying committee the map shows. */
  | { name: 'account'; id: string; tab: AccountTab; opportunityId?: string }
  | { name: 'opportunities' }
  | { name: 'deal'; id: string; tab: DealTab }
  | { name: 'competitors' }
  | { name: 'competitor'; id: string }
  /** Attractiveness × feasibility of every open deal. */
  | { name: 'evaluation' }
  | { name: 'settings' };

export const route = {
  /** Reads `#/accounts/ID/people` and the like; anything else is the accounts list. */
  parse(hash: string): Route {
    const [area, id, tab, sub] = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
    if (area === 'opportunities' && id) {
      return { name: 'deal', id, tab: DEAL_TABS.find((t) => t === tab) ?? 'committee' };
    }
    if (area === 'opportunities') return { name: 'opportunities' };
    if (area === 'settings') return { name: 'settings' };
    if (area === 'evaluation') return { name: 'evaluation' };
    if (area === 'competitors') return id ? { name: 'competitor', id } : { name: 'competitors' };
    if (area === 'accounts' && id) {
      const accountTab = ACCOUNT_TABS.find((t) => t === tab) ?? 'profile';
      if (accountTab === 'map' && sub)
        return { name: 'account', id, tab: 'map', opportunityId: sub };
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
      case 'settings':
        return '#/settings';
      case 'evaluation':
        return '#/evaluation';
      case 'competitors':
        return '#/competitors';
      case 'competitor':
        return `#/competitors/${encodeURIComponent(to.id)}`;
      case 'deal':
        return `#/opportunities/${encodeURIComponent(to.id)}${to.tab === 'committee' ? '' : `/${to.tab}`}`;
      case 'account': {
        const base = `#/accounts/${encodeURIComponent(to.id)}${to.tab === 'profile' ? '' : `/${to.tab}`}`;
        return to.tab === 'map' && to.opportunityId
          ? `${base}/${encodeURIComponent(to.opportunityId)}`
          : base;
      }
    }
  },
};

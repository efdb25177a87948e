import { ReactFlowProvider } from '@xyflow/react';
import { useRoute } from '../../../routes/useRoute.ts';
import { OrgMap } from './OrgMap.tsx';

/** The account page's Map tab; the deal whose committee it shows lives in the route. */
export function MapPanel({ accountId }: { accountId: string }) {
  const route = useRoute();
  const opportunityId =
    route.name === 'account' && route.tab === 'map' ? (route.opportunityId ?? null) : null;
  return (
    <ReactFlowProvider>
      <OrgMap key={accountId} accountId={accountId} opportunityId={opportunityId} />
    </ReactFlowProvider>
  );
}

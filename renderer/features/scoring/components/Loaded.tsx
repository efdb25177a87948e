import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { ChannelOutput } from '../../../../shared/channels.ts';
import type { ReadQuery } from '../../../data/read.ts';
import type { ReadChannel } from '../../../data/reads.ts';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { LoadingState } from '../../../ui/LoadingState.tsx';

/** What a scoring form edits, once loaded; while loading or failed, the usual states. */
export function Loaded<C extends ReadChannel>({
  query,
  children,
}: {
  query: ReadQuery<C>;
  children: (data: ChannelOutput<C>) => ReactNode;
}) {
  const result = useQuery(query);
  if (result.isPending) return <LoadingState />;
  if (result.isError) {
    return <ErrorState error={result.error} onRetry={() => void result.refetch()} />;
  }
  return <>{children(result.data as ChannelOutput<C>)}</>;
}

import type { DataTag, QueryKey } from '@tanstack/react-query';
import { readQuery } from '../../../data/read.ts';
import { useWrite, type WriteOptions } from '../../../data/write.ts';
import type { ErasurePreview, ErasureResult } from '../../../../shared/erasure.ts';

/** What can be erased for good: a person or a whole account. */
export type ErasureTarget = { kind: 'person' | 'account'; id: string; name: string };

// Both previews answer the same shape, so one query type serves the dialog.
type PreviewQuery = {
  queryKey: DataTag<QueryKey, ErasurePreview, Error>;
  queryFn: () => Promise<ErasurePreview>;
};

export const erasureQueries = {
  preview: ({ kind, id }: ErasureTarget): PreviewQuery =>
    kind === 'person'
      ? readQuery('people.erasePreview', { id })
      : readQuery('accounts.erasePreview', { id }),
};

type EraseVars = { target: ErasureTarget; confirmName: string };

/** Erases the target; the server refuses a typed name that is not the record's. */
export function useErase(options: WriteOptions<ErasureResult, EraseVars> = {}) {
  return useWrite(
    ({ target: { kind, id }, confirmName }: EraseVars, { write }) =>
      kind === 'person'
        ? write('people.erase', { id, confirmName })
        : write('accounts.erase', { id, confirmName }),
    options,
  );
}

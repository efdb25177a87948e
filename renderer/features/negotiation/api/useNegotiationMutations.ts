import type { NegotiationCreate, NegotiationUpdate } from '../../../../shared/negotiation.ts';
import { useWrite } from '../../../data/write.ts';
import { negotiationQueries } from './negotiationQueries.ts';

export function useCreateNegotiation() {
  return useWrite(async (input: NegotiationCreate, { write, cache }) => {
    const sheet = await write('negotiations.create', input);
    cache.put(negotiationQueries.sheet(sheet.id), () => sheet);
    return sheet;
  });
}

/**
 * Saves a change to one sheet, in order with its earlier saves; a 409 (someone else saved first)
 * comes back as an RpcError 'conflict'.
 */
export function useUpdateNegotiation(sheetId: string) {
  return useWrite(
    async (input: NegotiationUpdate, { write, cache }) => {
      const sheet = await write('negotiations.update', input);
      cache.put(negotiationQueries.sheet(sheet.id), () => sheet);
      return sheet;
    },
    { scope: `negotiation:${sheetId}` },
  );
}

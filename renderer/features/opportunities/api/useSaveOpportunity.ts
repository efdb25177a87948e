import type { OpportunityCreate, OpportunityUpdate } from '../../../../shared/schemas.ts';
import { useWrite } from '../../../data/write.ts';
import { opportunityQueries } from './opportunityQueries.ts';

/** Creates an opportunity, or updates one when the input carries its id and version. */
export function useSaveOpportunity() {
  return useWrite(async (input: OpportunityCreate | OpportunityUpdate, { write, cache }) => {
    const opportunity =
      'id' in input
        ? await write('opportunities.update', input)
        : await write('opportunities.create', input);
    cache.put(opportunityQueries.detail(opportunity.id), () => opportunity);
    return opportunity;
  });
}

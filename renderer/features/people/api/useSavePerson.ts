import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PersonCreate, PersonUpdate } from '../../../../shared/schemas.ts';
import { invoke } from '../../../api/invoke.ts';
import { accountQueries } from '../../accounts/index.ts';
import { peopleQueries } from './peopleQueries.ts';

/** Creates a person, or updates one when the input carries its id and version. */
export function useSavePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PersonCreate | PersonUpdate) =>
      'id' in input ? invoke('people.update', input) : invoke('people.create', input),
    onSuccess: async (person) => {
      queryClient.setQueryData(peopleQueries.detail(person.id).queryKey, person);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: peopleQueries.list(person.accountId).queryKey }),
        // The accounts list counts people.
        queryClient.invalidateQueries({ queryKey: accountQueries.all }),
      ]);
    },
  });
}

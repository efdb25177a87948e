import type { PersonCreate, PersonUpdate } from '../../../../shared/schemas.ts';
import { useWrite } from '../../../data/write.ts';
import { peopleQueries } from './peopleQueries.ts';

/** Creates a person, or updates one when the input carries its id and version. */
export function useSavePerson() {
  return useWrite(async (input: PersonCreate | PersonUpdate, { write, cache }) => {
    const person =
      'id' in input ? await write('people.update', input) : await write('people.create', input);
    cache.put(peopleQueries.detail(person.id), () => person);
    return person;
  });
}

export { peopleQueries } from './api/peopleQueries.ts';
export { useSavePerson } from './api/useSavePerson.ts';
export { PeoplePanel } from './components/PeoplePanel.tsx';

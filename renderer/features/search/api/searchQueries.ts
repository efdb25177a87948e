import { readQuery } from '../../../data/read.ts';

export const searchQueries = {
  /** The palette's hits for a typed text, a few of each kind. */
  query: (text: string) => readQuery('search.query', { text, limit: 6 }),
};

import type { ChannelArgs } from '../../shared/channels.ts';
import {
  SEARCH_FIELDS,
  SEARCH_KINDS,
  type SearchField,
  type SearchHit,
  type SearchKind,
  type SearchResult,
} from '../../shared/search.ts';
import { matchesKeys, queryTerms } from '../../shared/searchKeys.ts';
import type { HandlersOf } from '../handlers.ts';
import {
  isArchivedRow,
  searchCandidates,
  searchIndexPending,
  type IndexedRow,
} from '../store/searchIndex.ts';
import { writeTransaction, type ServiceContext } from './common.ts';

// More candidates than shown, so that the best of them (exact names first) can be chosen.
const CANDIDATES_PER_HIT = 3;
const MIN_CANDIDATES = 24;
// Terms beyond these add nothing a user would type into a palette.
const MAX_TERMS = 8;

type Details = Pick<SearchHit, 'title' | 'subtitle' | 'accountId' | 'opportunityId'>;

const joined = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(' · ');

export type SearchService = ReturnType<typeof createSearchService>;

/** Search everything: the records whose keys match the query, grouped by kind. */
export function createSearchService({ db }: ServiceContext) {
  // What each kind shows of a hit; read for the few hits only.
  const details: Record<SearchKind, (id: string) => Details | undefined> = {
    account: detailsOf(
      `SELECT name AS title, industry, region FROM accounts WHERE id = ?`,
      (r) => ({
        title: r.title,
        subtitle: joined(r.industry, r.region),
        accountId: null,
        opportunityId: null,
      }),
    ),
    person: detailsOf(
      `SELECT p.name AS title, p.title AS jobTitle, p.account_id AS accountId, a.name AS account
       FROM people p JOIN accounts a ON a.id = p.account_id WHERE p.id = ?`,
      (r) => ({
        title: r.title,
        subtitle: joined(r.jobTitle, r.account),
        accountId: r.accountId ?? null,
        opportunityId: null,
      }),
    ),
    opportunity: detailsOf(
      `SELECT o.name AS title, o.account_id AS accountId, a.name AS account
       FROM opportunities o JOIN accounts a ON a.id = o.account_id WHERE o.id = ?`,
      (r) => ({
        title: r.title,
        subtitle: r.account ?? '',
        accountId: r.accountId ?? null,
        opportunityId: null,
      }),
    ),
    competitor: detailsOf(`SELECT name AS title, products FROM competitors WHERE id = ?`, (r) => ({
      title: r.title,
      subtitle: r.products ?? '',
      accountId: null,
      opportunityId: null,
    })),
    negotiation: detailsOf(
      `SELECT n.title AS title, o.name AS deal, o.id AS opportunityId, a.id AS accountId,
         a.name AS account
       FROM negotiations n JOIN opportunities o ON o.id = n.opportunity_id
         JOIN accounts a ON a.id = o.account_id WHERE n.id = ?`,
      (r) => ({
        title: r.title,
        subtitle: joined(r.deal, r.account),
        accountId: r.accountId ?? null,
        opportunityId: r.opportunityId ?? null,
      }),
    ),
  };

  function detailsOf(
    sql: string,
    map: (row: Record<string, string | null> & { title: string }) => Details,
  ): (id: string) => Details | undefined {
    const stmt = db.prepare<[string], Record<string, string | null> & { title: string }>(sql);
    return (id) => {
      const row = stmt.get(id);
      return row ? map(row) : undefined;
    };
  }

  /** The field that matched: the first holding every term, else the first holding one. */
  function matchedField(row: IndexedRow, terms: readonly string[]): SearchField {
    const keys = (field: SearchField) => (row[field] ? row[field].split(' ') : []);
    return (
      SEARCH_FIELDS.find((f) => matchesKeys(terms, keys(f))) ??
      SEARCH_FIELDS.find((f) => terms.some((term) => matchesKeys([term], keys(f)))) ??
      'name'
    );
  }

  /** Lower is better: the whole name typed, then whole keys (wjg, tianpu), then a name start. */
  function closeness(row: IndexedRow, terms: readonly string[]): number {
    const nameKeys = row.name.split(' ');
    // A name's first key is the whole of its first word (王建国, acme).
    if (terms.length === 1 && nameKeys[0] === terms[0]) return 0;
    if (terms.every((term) => nameKeys.includes(term))) return 1;
    if (matchesKeys(terms, nameKeys)) return 2;
    return 3;
  }

  function hitsOf(kind: SearchKind, terms: string[], limit: number): SearchHit[] {
    const rows = searchCandidates(
      db,
      kind,
      terms,
      Math.max(MIN_CANDIDATES, limit * CANDIDATES_PER_HIT),
    );
    // Ranked on the stored keys alone; only the hits shown are read from their tables.
    const ranked = rows.map((row, order) => ({
      row,
      archived: isArchivedRow(row.rowid),
      closeness: closeness(row, terms),
      order,
    }));
    ranked.sort(
      (a, b) =>
        Number(a.archived) - Number(b.archived) || a.closeness - b.closeness || a.order - b.order,
    );
    const hits: SearchHit[] = [];
    for (const { row, archived } of ranked) {
      if (hits.length === limit) break;
      const found = details[kind](row.recordId);
      if (found) {
        hits.push({
          kind,
          id: row.recordId,
          archived,
          matchedField: matchedField(row, terms),
          ...found,
        });
      }
    }
    return hits;
  }

  return {
    query({ text, kinds, limit }: ChannelArgs<'search.query'>): SearchResult {
      const terms = queryTerms(text).slice(0, MAX_TERMS);
      if (terms.length === 0) return { groups: [] };
      // A write made outside a write transaction (a later migration) is indexed first.
      if (searchIndexPending(db)) writeTransaction(db, () => undefined);
      const wanted = SEARCH_KINDS.filter((kind) => !kinds || kinds.includes(kind));
      return {
        groups: wanted
          .map((kind) => ({ kind, hits: hitsOf(kind, terms, limit) }))
          .filter((group) => group.hits.length > 0),
      };
    },
  };
}

/** The channels this service answers; the router's handlers combine every service's. */
export function searchHandlers(s: SearchService): HandlersOf<'search'> {
  return { 'search.query': (input) => s.query(input) };
}

import { useMemo } from 'react';
import type {
  InfluenceCreate,
  InfluenceLine,
  InfluenceUpdate,
  MapPosition,
  OrgChart,
} from '../../../../shared/orgchart.ts';
import type { CommitteeMember } from '../../../../shared/committee.ts';
import type { Person, PersonCreate } from '../../../../shared/schemas.ts';
import { invoke } from '../../../api/invoke.ts';
import { useCache, useWrite, type WriteTools } from '../../../data/write.ts';

export type PersonFields = Partial<
  Pick<Person, 'name' | 'title' | 'department' | 'organization' | 'managerId' | 'secondManagerId'>
>;
export type LineFields = Omit<InfluenceUpdate, 'id' | 'version'>;
export type NewPerson = Omit<PersonCreate, 'accountId'> & { name: string };
/** The committee fields the map edits; `null` = not on the committee. */
export type MemberFields = Pick<CommitteeMember, 'roles' | 'attitude' | 'influence' | 'contact'>;

type Write = WriteTools['write'];
type Command<T> = (write: Write) => Promise<T>;

/**
 * Every edit the map makes. Each is ONE write request, so it is one step of the app's undo
 * history (Ctrl+Z, the toast's Undo and the toolbar's Undo take it back). Edits of one account's
 * map run one after another (one write scope), each refreshing the views it changed. Versions
 * are the newest the map knows (a refetch may not have landed yet). Refusals are thrown as
 * RpcError for the caller to explain.
 */
export function useMapEdits(accountId: string) {
  const cache = useCache();
  const { mutateAsync } = useWrite((command: Command<unknown>, { write }) => command(write), {
    scope: `orgmap:${accountId}`,
  });
  // Card moves: undoable like the rest, but with no toast after every drag.
  const { mutateAsync: mutateQuietly } = useWrite(
    (command: Command<unknown>, { write }) => command(write),
    { scope: `orgmap:${accountId}`, undo: false },
  );

  return useMemo(() => {
    /** The account's maps in the cache, whichever deal context they were opened in. */
    const charts = (): OrgChart[] =>
      cache.all('orgchart.get').filter((chart) => chart.accountId === accountId);
    const run = <T>(command: Command<T>) => mutateAsync(command) as Promise<T>;

    // Versions the store answered with; a refetch may not have landed yet.
    const knownVersions = new Map<string, number>();
    const remember = <R extends { id: string; version: number }>(r: R): R => {
      knownVersions.set(r.id, Math.max(r.version, knownVersions.get(r.id) ?? 0));
      return r;
    };

    async function personVersion(id: string): Promise<number> {
      let best = knownVersions.get(id) ?? 0;
      for (const chart of charts()) {
        const p = chart.people.find((x) => x.id === id);
        if (p && p.version > best) best = p.version;
      }
      if (best > 0) return best;
      // Not on the map (archived): ask the store.
      return remember(await invoke('people.get', { id })).version;
    }

    function lineVersion(id: string): number {
      let best = knownVersions.get(id) ?? 0;
      for (const chart of charts()) {
        const l = chart.lines.find((x) => x.id === id);
        if (l && l.version > best) best = l.version;
      }
      return best || 1;
    }

    const updatePerson = (id: string, patch: PersonFields) =>
      run(async (write) =>
        remember(await write('people.update', { id, version: await personVersion(id), ...patch })),
      );

    return {
      /**
       * Puts a person on a deal's committee with these fields, changes them, or (fields null)
       * takes the person off. `before` is the member as the dialog saw it, its version checked.
       */
      async setMember(
        opportunityId: string,
        personId: string,
        before: CommitteeMember | null,
        fields: MemberFields | null,
      ): Promise<void> {
        await run(async (write) => {
          if (fields === null) {
            if (before) await write('committee.removeMember', { opportunityId, personId });
            return;
          }
          await write('committee.upsertMember', {
            opportunityId,
            personId,
            ...(before ? { version: before.version } : {}),
            ...fields,
          });
        });
      },

      addPerson: (input: NewPerson): Promise<Person> =>
        run(async (write) => remember(await write('people.create', { accountId, ...input }))),

      editPerson: (before: Person, patch: PersonFields): Promise<Person> =>
        updatePerson(before.id, patch),

      reparent: (person: Person, managerId: string | null): Promise<Person> =>
        updatePerson(person.id, { managerId }),

      /** Cards placed by hand: one drag (of one card or several) is one write and one step. */
      async move(positions: MapPosition[]): Promise<void> {
        await mutateQuietly((write) => write('orgchart.savePositions', { accountId, positions }));
      },

      async relayout(): Promise<void> {
        await run((write) => write('orgchart.resetPositions', { accountId }));
      },

      removePerson: (person: Person) =>
        run(async (write) => {
          const version = await personVersion(person.id);
          const result = await write('orgchart.removePerson', { id: person.id, version });
          remember(result.person);
          for (const r of result.reassigned) knownVersions.delete(r.personId);
          return result;
        }),

      createLine: (input: InfluenceCreate): Promise<InfluenceLine> =>
        run(async (write) => remember(await write('influences.create', input))),

      updateLine: (before: InfluenceLine, patch: LineFields): Promise<InfluenceLine> =>
        run(async (write) =>
          remember(
            await write('influences.update', {
              id: before.id,
              version: lineVersion(before.id),
              ...patch,
            }),
          ),
        ),

      async deleteLine(line: InfluenceLine): Promise<void> {
        await run((write) => write('influences.delete', { id: line.id }));
      },
    };
  }, [cache, mutateAsync, mutateQuietly, accountId]);
}

export type MapEdits = ReturnType<typeof useMapEdits>;

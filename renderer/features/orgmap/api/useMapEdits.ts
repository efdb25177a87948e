import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  InfluenceCreate,
  InfluenceLine,
  InfluenceUpdate,
  MapPosition,
  OrgChart,
} from '../../../../shared/orgchart.ts';
import type { CommitteeMember, UpsertMemberInput } from '../../../../shared/committee.ts';
import type { Person, PersonCreate } from '../../../../shared/schemas.ts';
import { invoke } from '../../../api/invoke.ts';
import { useCache, useWrite, type WriteTools } from '../../../data/write.ts';
import type { UndoCommand } from '../hooks/undoStack.ts';

export type PersonFields = Partial<
  Pick<Person, 'name' | 'title' | 'department' | 'organization' | 'managerId' | 'secondManagerId'>
>;
export type LineFields = Omit<InfluenceUpdate, 'id' | 'version'>;
export type NewPerson = Omit<PersonCreate, 'accountId'> & { name: string };
/** The committee fields the map edits; `null` = not on the committee. */
export type MemberFields = Pick<CommitteeMember, 'roles' | 'attitude' | 'influence' | 'contact'>;
type MemberRestore = Omit<UpsertMemberInput, 'opportunityId' | 'personId' | 'version'>;

/** Everything of a member that re-adding them after a removal brings back. */
function restorable(m: CommitteeMember): MemberRestore {
  return {
    function: m.function,
    roles: m.roles,
    attitude: m.attitude,
    attitudeScore: m.attitudeScore,
    influence: m.influence,
    contact: m.contact,
    relationshipOwner: m.relationshipOwner,
    lastContactDate: m.lastContactDate,
    concerns: m.concerns,
    motives: m.motives,
    winFormula: m.winFormula,
    plan: m.plan,
  };
}

type Write = WriteTools['write'];
type Command<T> = (write: Write) => Promise<T>;

/**
 * Every edit the map makes, each recorded with its undo. Edits, undos and redos of one account's
 * map run one after another (one write scope), each refreshing the views it changed. Undo and
 * redo look up the record's current version (the latest map data, or the store for an archived person) when they run, so
 * an edit made in between never makes them fail with a stale version. Refusals are thrown as
 * RpcError for the caller to explain.
 */
export function useMapEdits(accountId: string, record: (command: UndoCommand) => void) {
  const { t } = useTranslation();
  const cache = useCache();
  const { mutateAsync } = useWrite((command: Command<unknown>, { write }) => command(write), {
    scope: `orgmap:${accountId}`,
  });
  // The map's own undo and redo: in the same queue, and offering no Undo toast of their own.
  const { mutateAsync: mutateBack } = useWrite(
    (command: Command<unknown>, { write }) => command(write),
    { scope: `orgmap:${accountId}`, undo: false },
  );

  return useMemo(() => {
    /** The account's maps in the cache, whichever deal context they were opened in. */
    const charts = (): OrgChart[] =>
      cache.all('orgchart.get').filter((chart) => chart.accountId === accountId);
    const run = <T>(command: Command<T>) => mutateAsync(command) as Promise<T>;
    /** An undo or redo: runs in the same queue as the edits. */
    const later =
      (command: Command<unknown>): (() => Promise<void>) =>
      async () => {
        await mutateBack(command);
      };

    // Versions the store answered with; a refetch may not have landed yet.
    const knownVersions = new Map<string, number>();
    const remember = <R extends { id: string; version: number }>(r: R): R => {
      knownVersions.set(r.id, Math.max(r.version, knownVersions.get(r.id) ?? 0));
      return r;
    };

    // A deleted line drawn again by undo (or redo) gets a new id; edits recorded earlier still
    // name the old one, so ids are followed through this chain when a command runs.
    const lineAliases = new Map<string, string>();
    const lineId = (id: string): string => {
      let current = id;
      for (let next = lineAliases.get(current); next; next = lineAliases.get(current)) {
        current = next;
      }
      return current;
    };
    const redrawn = (oldId: string, line: InfluenceLine) => {
      remember(line);
      if (line.id !== lineId(oldId)) lineAliases.set(lineId(oldId), line.id);
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

    async function updatePerson(
      write: Write,
      id: string,
      patch: PersonFields & { archived?: boolean },
    ) {
      const version = await personVersion(id);
      return remember(await write('people.update', { id, version, ...patch }));
    }

    function positionsNow(personIds: string[]): Map<string, MapPosition> {
      const wanted = new Set(personIds);
      const out = new Map<string, MapPosition>();
      const chart = charts()[0];
      for (const p of chart?.positions ?? []) if (wanted.has(p.personId)) out.set(p.personId, p);
      return out;
    }

    async function restorePositions(
      write: Write,
      personIds: string[],
      before: Map<string, MapPosition>,
    ) {
      const manual = personIds.flatMap((id) => before.get(id) ?? []);
      const auto = personIds.filter((id) => !before.has(id));
      if (manual.length > 0)
        await write('orgchart.savePositions', { accountId, positions: manual });
      if (auto.length > 0) await write('orgchart.resetPositions', { accountId, personIds: auto });
    }

    const nameOf = (id: string) => {
      for (const chart of charts()) {
        const p = chart.people.find((x) => x.id === id);
        if (p) return p.name;
      }
      return '';
    };

    async function memberNow(
      opportunityId: string,
      personId: string,
    ): Promise<CommitteeMember | undefined> {
      const { members } = await invoke('committee.get', { opportunityId });
      return members.find((m) => m.personId === personId);
    }

    /** Brings the member to `target` (null: off the committee) with their current version. */
    async function applyMember(
      write: Write,
      opportunityId: string,
      personId: string,
      target: MemberRestore | null,
    ): Promise<void> {
      const now = await memberNow(opportunityId, personId);
      if (target === null) {
        if (now) await write('committee.removeMember', { opportunityId, personId });
        return;
      }
      await write('committee.upsertMember', {
        opportunityId,
        personId,
        ...(now ? { version: now.version } : {}),
        ...target,
      });
    }

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
          } else {
            await write('committee.upsertMember', {
              opportunityId,
              personId,
              ...(before ? { version: before.version } : {}),
              ...fields,
            });
          }
        });
        const name = nameOf(personId);
        const old: MemberRestore | null = before
          ? fields === null
            ? restorable(before)
            : {
                roles: before.roles,
                attitude: before.attitude,
                influence: before.influence,
                contact: before.contact,
              }
          : null;
        record({
          label: t(
            fields === null
              ? 'orgmap.undo.memberRemove'
              : before
                ? 'orgmap.undo.memberChange'
                : 'orgmap.undo.memberAdd',
            { name },
          ),
          undo: later((write) => applyMember(write, opportunityId, personId, old)),
          redo: later((write) => applyMember(write, opportunityId, personId, fields)),
        });
      },

      async addPerson(input: NewPerson): Promise<Person> {
        const person = await run(async (write) =>
          remember(await write('people.create', { accountId, ...input })),
        );
        record({
          label: t('orgmap.undo.addPerson', { name: person.name }),
          undo: later((write) => updatePerson(write, person.id, { archived: true })),
          redo: later((write) => updatePerson(write, person.id, { archived: false })),
        });
        return person;
      },

      async editPerson(before: Person, patch: PersonFields): Promise<Person> {
        const keys = Object.keys(patch) as (keyof PersonFields)[];
        const old = Object.fromEntries(keys.map((k) => [k, before[k]])) as PersonFields;
        const person = await run((write) => updatePerson(write, before.id, patch));
        record({
          label: t('orgmap.undo.edit', { name: person.name }),
          undo: later((write) => updatePerson(write, before.id, old)),
          redo: later((write) => updatePerson(write, before.id, patch)),
        });
        return person;
      },

      async reparent(person: Person, managerId: string | null): Promise<Person> {
        const from = person.managerId;
        const saved = await run((write) => updatePerson(write, person.id, { managerId }));
        record({
          label: t('orgmap.undo.reparent', {
            name: person.name,
            manager: managerId ? nameOf(managerId) : '—',
          }),
          undo: later((write) => updatePerson(write, person.id, { managerId: from })),
          redo: later((write) => updatePerson(write, person.id, { managerId })),
        });
        return saved;
      },

      async move(positions: MapPosition[], label: string): Promise<void> {
        const ids = positions.map((p) => p.personId);
        const before = positionsNow(ids);
        await run((write) => write('orgchart.savePositions', { accountId, positions }));
        record({
          label: t('orgmap.undo.move', { name: label }),
          undo: later((write) => restorePositions(write, ids, before)),
          redo: later((write) => write('orgchart.savePositions', { accountId, positions })),
        });
      },

      async relayout(): Promise<void> {
        const before = charts()[0]?.positions ?? [];
        await run((write) => write('orgchart.resetPositions', { accountId }));
        if (before.length === 0) return;
        record({
          label: t('orgmap.undo.relayout'),
          undo: later((write) => write('orgchart.savePositions', { accountId, positions: before })),
          redo: later((write) =>
            write('orgchart.resetPositions', {
              accountId,
              personIds: before.map((p) => p.personId),
            }),
          ),
        });
      },

      async removePerson(person: Person) {
        const remove = async (write: Write) => {
          const version = await personVersion(person.id);
          const result = await write('orgchart.removePerson', { id: person.id, version });
          remember(result.person);
          for (const r of result.reassigned) knownVersions.delete(r.personId);
          return result;
        };
        let last = await run(remove);
        record({
          label: t('orgmap.undo.remove', { name: person.name }),
          undo: later(async (write) => {
            await updatePerson(write, person.id, { archived: false });
            // Lines moved by the removal go back, newest first.
            for (const r of [...last.reassigned].reverse()) {
              await updatePerson(write, r.personId, { [r.field]: r.from });
            }
          }),
          redo: later(async (write) => {
            last = await remove(write);
          }),
        });
        return last;
      },

      async createLine(input: InfluenceCreate): Promise<InfluenceLine> {
        const line = await run(async (write) => remember(await write('influences.create', input)));
        record({
          label: t('orgmap.undo.createLine'),
          undo: later((write) => write('influences.delete', { id: lineId(line.id) })),
          redo: later(async (write) => {
            redrawn(line.id, await write('influences.create', input));
          }),
        });
        return line;
      },

      async updateLine(before: InfluenceLine, patch: LineFields): Promise<InfluenceLine> {
        const keys = Object.keys(patch) as (keyof LineFields)[];
        const old = Object.fromEntries(keys.map((k) => [k, before[k]])) as LineFields;
        const apply = async (write: Write, fields: LineFields) => {
          const id = lineId(before.id);
          return remember(
            await write('influences.update', { id, version: lineVersion(id), ...fields }),
          );
        };
        const line = await run((write) => apply(write, patch));
        record({
          label: t('orgmap.undo.updateLine'),
          undo: later((write) => apply(write, old)),
          redo: later((write) => apply(write, patch)),
        });
        return line;
      },

      async deleteLine(line: InfluenceLine): Promise<void> {
        const deleted = await run((write) => write('influences.delete', { id: lineId(line.id) }));
        const again = {
          fromPersonId: deleted.fromPersonId,
          toPersonId: deleted.toPersonId,
          kind: deleted.kind,
          direction: deleted.direction,
          strength: deleted.strength,
          note: deleted.note,
        };
        record({
          label: t('orgmap.undo.deleteLine'),
          undo: later(async (write) => {
            redrawn(line.id, await write('influences.create', again));
          }),
          redo: later((write) => write('influences.delete', { id: lineId(line.id) })),
        });
      },
    };
  }, [cache, mutateAsync, mutateBack, accountId, record, t]);
}

export type MapEdits = ReturnType<typeof useMapEdits>;

import type { ChannelArgs } from '../../shared/channels.ts';
import { AppError } from '../../shared/errors.ts';
import { makeIssue, type Issue } from '../../shared/issues.ts';
import type { InfluenceLine } from '../../shared/orgchart.ts';
import type { Person } from '../../shared/schemas.ts';
import {
  applyPatch,
  checkVersion,
  notFound,
  writeTransaction,
  type ServiceContext,
} from './common.ts';
import type { HandlersOf } from '../handlers.ts';

const ENTITY = 'influence_line';

function invalid(issue: Issue): AppError {
  return new AppError('invalid_input', issue.message, [issue]);
}

export type InfluencesService = ReturnType<typeof createInfluencesService>;

/**
 * Influence lines of the account map (DOMAIN.md §3): who sways whom, through which organisation
 * (formal, informal, personal, external), in which direction and how strongly.
 */
export function createInfluencesService({ db, repos, writer }: ServiceContext) {
  const { people, influenceLines: lines } = repos;

  /** An active person at one end of a line; an archived person is not on the map. */
  function end(field: 'fromPersonId' | 'toPersonId', id: string): Person {
    const person = people.get(id);
    if (!person || person.archived) throw invalid(makeIssue([field], 'person_not_found'));
    return person;
  }

  /** A line that is on the map: it exists and both its ends are active. */
  function load(id: string): InfluenceLine {
    const line = lines.get(id);
    const onMap =
      line !== undefined &&
      [line.fromPersonId, line.toPersonId].every((p) => people.get(p)?.archived === false);
    if (!onMap) throw notFound('Influence line');
    return line;
  }

  function checkUnique(line: InfluenceLine, exceptId: string): void {
    if (lines.findPair(line.kind, line.fromPersonId, line.toPersonId, exceptId)) {
      throw invalid(makeIssue(['kind'], 'influence_duplicate'));
    }
  }

  return {
    create(input: ChannelArgs<'influences.create'>): InfluenceLine {
      return writeTransaction(db, () => {
        if (input.fromPersonId === input.toPersonId) {
          throw invalid(makeIssue(['toPersonId'], 'influence_self'));
        }
        const from = end('fromPersonId', input.fromPersonId);
        const to = end('toPersonId', input.toPersonId);
        if (from.accountId !== to.accountId) {
          throw invalid(makeIssue(['toPersonId'], 'influence_other_account'));
        }
        const line: InfluenceLine = writer.stamp({ ...input, accountId: from.accountId });
        checkUnique(line, '');
        return writer.insert(ENTITY, lines, line);
      });
    },

    /** Kind, direction, strength and note; the ends of a line never change. */
    update({ id, version, ...patch }: ChannelArgs<'influences.update'>): InfluenceLine {
      return writeTransaction(db, () => {
        const current = load(id);
        checkVersion(current, version, 'influence line');
        const next = applyPatch(current, patch);
        if (next.kind !== current.kind) checkUnique(next, current.id);
        return writer.update(ENTITY, lines, current, next);
      });
    },

    /** Deletes the line and returns it as it was, so that undo can draw it again. */
    delete({ id }: ChannelArgs<'influences.delete'>): InfluenceLine {
      return writeTransaction(db, () => {
        const current = load(id);
        writer.remove(ENTITY, lines, current);
        return current;
      });
    },
  };
}

/** The channels this service answers; the router's handlers combine every service's. */
export function influencesHandlers(s: InfluencesService): HandlersOf<'influences'> {
  return {
    'influences.create': (input) => s.create(input),
    'influences.update': (input) => s.update(input),
    'influences.delete': (input) => s.delete(input),
  };
}

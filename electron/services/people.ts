import type { ChannelArgs } from '../../shared/channels.ts';
import { AppError } from '../../shared/errors.ts';
import { makeIssue, type Issue } from '../../shared/issues.ts';
import type { Person } from '../../shared/schemas.ts';
import {
  applyPatch,
  checkVersion,
  notFound,
  requireAccount,
  requireOpenAccount,
  writeTransaction,
  type ServiceContext,
} from './common.ts';
import type { HandlersOf } from '../handlers.ts';
import type { ErasureService } from './erasure.ts';

export type PeopleService = ReturnType<typeof createPeopleService>;

export function createPeopleService(
  { db, repos, writer }: ServiceContext,
  erasure: ErasureService,
) {
  const { accounts, people } = repos;

  function load(id: string): Person {
    const person = people.get(id);
    if (!person) throw notFound('Person');
    return person;
  }

  /**
   * Both reporting lines point to another person of the same account; the solid line never loops.
   * People outside the customer have no reporting line: neither their own nor anyone's to them.
   */
  function checkManagers(person: Person): void {
    const issues: Issue[] = [];
    for (const field of ['managerId', 'secondManagerId'] as const) {
      const managerId = person[field];
      if (managerId === null) continue;
      if (person.external) {
        issues.push(makeIssue([field], 'manager_external'));
        continue;
      }
      if (managerId === person.id) {
        issues.push(makeIssue([field], 'manager_self'));
        continue;
      }
      const manager = people.get(managerId);
      if (!manager) issues.push(makeIssue([field], 'manager_not_found'));
      else if (manager.accountId !== person.accountId)
        issues.push(makeIssue([field], 'manager_other_account'));
      else if (manager.external) issues.push(makeIssue([field], 'manager_external'));
      else if (field === 'managerId' && people.reportsUpTo(manager.id, person.id)) {
        issues.push(makeIssue([field], 'manager_cycle'));
      }
    }
    if (person.external && people.activeReportsOf(person.id).some((p) => p.id !== person.id)) {
      issues.push(makeIssue(['external'], 'manager_external'));
    }
    if (issues.length > 0) {
      throw new AppError('invalid_input', issues.map((issue) => issue.message).join(' '), issues);
    }
  }

  return {
    list({ accountId, includeArchived }: ChannelArgs<'people.list'>): Person[] {
      requireAccount(accounts, accountId);
      return people.list(accountId, includeArchived);
    },
    get({ id }: ChannelArgs<'people.get'>): Person {
      return load(id);
    },
    create(input: ChannelArgs<'people.create'>): Person {
      return writeTransaction(db, () => {
        requireOpenAccount(accounts, input.accountId);
        const person: Person = writer.stamp({ ...input, archived: false });
        checkManagers(person);
        return writer.insert('person', people, person);
      });
    },
    update(input: ChannelArgs<'people.update'>): Person {
      return writeTransaction(db, () => {
        const current = load(input.id);
        checkVersion(current, input.version, 'person');
        const next = applyPatch(current, input);
        checkManagers(next);
        return writer.update('person', people, current, next);
      });
    },
    erasePreview: ({ id }: ChannelArgs<'people.erasePreview'>) => erasure.previewPerson(id),
    erase: ({ id, confirmName }: ChannelArgs<'people.erase'>) =>
      erasure.erasePerson(id, confirmName),
  };
}

/** The channels this service answers; the router's handlers combine every service's. */
export function peopleHandlers(s: PeopleService): HandlersOf<'people'> {
  return {
    'people.list': (input) => s.list(input),
    'people.get': (input) => s.get(input),
    'people.create': (input) => s.create(input),
    'people.update': (input) => s.update(input),
    'people.erasePreview': (input) => s.erasePreview(input),
    'people.erase': (input) => s.erase(input),
  };
}

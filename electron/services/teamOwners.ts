import type { RelationshipPlan } from '../../shared/committee.ts';
import type { Change } from '../../shared/schemas.ts';

/**
 * The record with each owner field (the names of our team members it carries) passed through
 * `name`: account, deal and activity owners, a committee member's relationship owner and the
 * owner of their relationship plan. Empty fields stay empty; other kinds come back as they are.
 */
export function withTeamOwners<T extends object>(
  entity: Change['entity'],
  record: T,
  name: (owner: string) => string,
): T {
  const fields = record as Record<string, unknown>;
  const named = (value: unknown) =>
    typeof value === 'string' && value !== '' ? name(value) : value;
  switch (entity) {
    case 'account':
    case 'opportunity':
    case 'activity':
      return 'owner' in fields ? { ...record, owner: named(fields.owner) } : record;
    case 'committee_member': {
      const plan = fields.plan as RelationshipPlan | undefined;
      return {
        ...record,
        ...('relationshipOwner' in fields
          ? { relationshipOwner: named(fields.relationshipOwner) }
          : {}),
        ...(plan && typeof plan === 'object'
          ? { plan: { ...plan, owner: named(plan.owner) } }
          : {}),
      };
    }
    default:
      return record;
  }
}

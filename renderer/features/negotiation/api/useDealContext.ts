import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attitude, MotiveGroup } from '../../../../shared/enums.ts';
import { accountQueries } from '../../accounts/index.ts';
import { buyingRoleQueries, committeeQueries } from '../../committee/index.ts';
import { opportunityQueries } from '../../opportunities/index.ts';
import { peopleQueries } from '../../people/index.ts';
import { useLocalLabel } from '../../../i18n/localLabel.ts';

/** A member of the deal's buying committee, as the negotiation sheet shows them. */
export type CommitteePerson = {
  personId: string;
  name: string;
  title: string;
  attitude: Attitude;
  attitudeLabel: string;
  /** Buying-role labels in the UI language. */
  roles: string[];
  /** Motives in a line, in the UI language; '' when none noted. */
  motives: string;
};

const MOTIVE_GROUPS: MotiveGroup[] = ['jobDuties', 'personality', 'personalNeeds'];

/**
 * What a negotiation sheet needs from the rest of the deal: its and its customer's names and the
 * committee members (with attitude, buying roles and motives) to pick the customer side from.
 */
export function useDealContext(opportunityId: string) {
  const { t } = useTranslation();
  const label = useLocalLabel();
  const opportunity = useQuery(opportunityQueries.detail(opportunityId));
  const accountId = opportunity.data?.accountId;
  const account = useQuery({ ...accountQueries.detail(accountId ?? ''), enabled: !!accountId });
  const people = useQuery({ ...peopleQueries.list(accountId ?? ''), enabled: !!accountId });
  const committee = useQuery(committeeQueries.members(opportunityId));
  const roles = useQuery(buyingRoleQueries.list());

  const members = useMemo((): CommitteePerson[] | null => {
    if (!committee.data || !people.data) return null;
    const byId = new Map(people.data.map((p) => [p.id, p]));
    const roleLabel = (code: string) => {
      const role = roles.data?.find((r) => r.code === code);
      return role ? label(role) : code;
    };
    return committee.data.members.map((m) => {
      const person = byId.get(m.personId);
      const motives = [
        ...MOTIVE_GROUPS.flatMap((g) =>
          m.motives[g].map((code) =>
            t(`committee.enums.${g}.${code}` as 'committee.enums.jobDuties.price'),
          ),
        ),
        ...(m.motives.notes.trim() ? [m.motives.notes.trim()] : []),
      ];
      return {
        personId: m.personId,
        name: person?.name ?? m.personId,
        title: person?.title ?? '',
        attitude: m.attitude,
        attitudeLabel: t(`committee.enums.attitude.${m.attitude}`),
        roles: m.roles.map(roleLabel),
        motives: motives.join(t('common.listSeparator')),
      };
    });
  }, [committee.data, people.data, roles.data, t, label]);

  return {
    dealName: opportunity.data?.name ?? '',
    accountName: account.data?.name ?? '',
    /** Null while loading or when the committee cannot be read. */
    members,
    membersError: committee.error ?? people.error ?? null,
  };
}

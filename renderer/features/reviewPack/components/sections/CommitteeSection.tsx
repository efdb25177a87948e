import { flagText } from '../../../committee/index.ts';
import classes from '../ReviewPackPrint.module.css';
import { Dim, PackSection, PackTable, type SectionProps } from './packParts.tsx';

/** The buying committee, one row a member, then the coverage score and every red flag. */
export function CommitteeSection({ data, x }: SectionProps) {
  const { t, fmt, p, sep, none, par, people, roleLabel } = x;
  return (
    <PackSection id="rp-committee" title={p('committee.title')}>
      {data.members.length === 0 ? (
        <Dim>{p('committee.empty')}</Dim>
      ) : (
        <PackTable
          head={[
            t('committee.matrix.columns.person'),
            t('committee.matrix.columns.roles'),
            t('committee.matrix.columns.attitude'),
            t('committee.matrix.columns.influence'),
            t('committee.matrix.columns.contact'),
            t('committee.matrix.columns.relationshipOwner'),
            t('committee.matrix.columns.lastContactDate'),
            t('committee.matrix.columns.concerns'),
          ]}
        >
          {data.members.map((m) => {
            const person = people.get(m.personId);
            return (
              <tr key={m.id}>
                <td>
                  <b>{person?.name ?? m.personId}</b>
                  {person?.title ? <span className={classes.dim}> · {person.title}</span> : null}
                </td>
                <td>{m.roles.map(roleLabel).join(sep) || none}</td>
                <td>
                  {t(`committee.enums.attitude.${m.attitude}`)}
                  {m.attitudeScore !== null
                    ? ` (${m.attitudeScore > 0 ? '+' : ''}${m.attitudeScore})`
                    : ''}
                </td>
                <td>{m.influence ? t(`committee.enums.influence.${m.influence}`) : none}</td>
                <td>{t(`committee.enums.contact.${m.contact}`)}</td>
                <td>{m.relationshipOwner || none}</td>
                <td>{m.lastContactDate ? fmt.date(m.lastContactDate) : none}</td>
                <td className={classes.small}>{m.concerns || none}</td>
              </tr>
            );
          })}
        </PackTable>
      )}
      <h3>
        {p('committee.flags')} · {p('committee.score', { score: data.coverage.score })}
      </h3>
      {data.coverage.flags.length === 0 ? (
        <Dim>{p('committee.noFlags')}</Dim>
      ) : (
        <ul className={classes.flags}>
          {data.coverage.flags.map((f, i) => (
            <li key={`${f.code}:${f.personId ?? ''}:${i}`}>
              ⚠ {flagText(f, t)}
              <span className={classes.dim}>{par(`−${f.points}`)}</span>
            </li>
          ))}
        </ul>
      )}
    </PackSection>
  );
}

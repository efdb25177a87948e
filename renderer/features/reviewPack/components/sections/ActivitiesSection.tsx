import classes from '../ReviewPackPrint.module.css';
import { Dim, PackSection, PackTable, type SectionProps } from './packParts.tsx';

/** The deal's recent activities: when, what, with whom, what was said and the next step. */
export function ActivitiesSection({ data, x }: SectionProps) {
  const { t, fmt, p, sep, none } = x;
  const names = (ids: readonly string[]) => ids.map(x.personName).join(sep) || none;
  return (
    <PackSection id="rp-activities" title={p('activities.title')}>
      {data.activities.length === 0 ? (
        <Dim>{p('activities.empty')}</Dim>
      ) : (
        <PackTable
          head={[
            p('activities.date'),
            p('activities.kind'),
            p('activities.people'),
            p('activities.summary'),
            p('activities.next'),
          ]}
        >
          {data.activities.map((a) => (
            <tr key={a.id}>
              <td className={classes.nowrap}>{fmt.date(a.date)}</td>
              <td>{t(`activities.kinds.${a.kind}`)}</td>
              <td>{names(a.personIds)}</td>
              <td className={classes.text}>
                {a.summary || none}
                {a.promises ? `\n${a.promises}` : ''}
              </td>
              <td>
                {a.nextStep
                  ? a.nextDate
                    ? p('activities.nextOn', { step: a.nextStep, date: fmt.date(a.nextDate) })
                    : a.nextStep
                  : none}
              </td>
            </tr>
          ))}
        </PackTable>
      )}
    </PackSection>
  );
}

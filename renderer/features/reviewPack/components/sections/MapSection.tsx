import { useMemo } from 'react';
import { mapSvgFor } from '../../utils/mapDrawing.ts';
import classes from '../ReviewPackPrint.module.css';
import { Dim, PackSection, type SectionProps } from './packParts.tsx';

/** The organisation map in the deal's context, drawn as SVG on a landscape page. */
export function MapSection({ data, x }: SectionProps) {
  const { t, zh, p, roleLabel } = x;
  const mapSvg = useMemo(
    () =>
      data.layout && data.chart.people.length > 0
        ? mapSvgFor(data.chart, data.layout, t, roleLabel, zh)
        : null,
    // roleLabel follows data.roles and the language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [data.chart, data.layout, data.roles, t, zh],
  );
  return (
    <PackSection id="rp-map" title={p('map.title')} className={classes.mapPage}>
      <Dim>{p('map.subtitle', { account: data.account.name, deal: data.deal.name })}</Dim>
      {data.chart.people.length === 0 ? (
        <Dim>{p('map.empty')}</Dim>
      ) : mapSvg === null ? (
        <Dim>{p('map.failed')}</Dim>
      ) : (
        // Markup built by buildMapSvg: every text in it is XML-escaped.
        <div className={classes.map} dangerouslySetInnerHTML={{ __html: mapSvg }} />
      )}
    </PackSection>
  );
}

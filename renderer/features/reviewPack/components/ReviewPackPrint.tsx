import type { ReviewPackData } from '../api/loadReviewPack.ts';
import { ActivitiesSection } from './sections/ActivitiesSection.tsx';
import { ChangesSection } from './sections/ChangesSection.tsx';
import { CommitteeSection } from './sections/CommitteeSection.tsx';
import { CompetitionSection } from './sections/CompetitionSection.tsx';
import { ForecastSection } from './sections/ForecastSection.tsx';
import { MapSection } from './sections/MapSection.tsx';
import { NegotiationSection } from './sections/NegotiationSection.tsx';
import { PackHeader } from './sections/PackHeader.tsx';
import { StageSection } from './sections/StageSection.tsx';
import { SummarySection } from './sections/SummarySection.tsx';
import { usePackText } from './usePackText.ts';
import classes from './ReviewPackPrint.module.css';

/**
 * The deal-review pack as printed (A4): page 1 is the summary a manager reads first, then the
 * sections in detail, flowing from page to page (no page forced for a short one); the map on a
 * landscape page. Every text is text (SVG included), so the PDF can be searched and read aloud,
 * in Chinese as in English.
 */
export function ReviewPackPrint({ data }: { data: ReviewPackData }) {
  const x = usePackText(data);
  const { fmt, p } = x;
  return (
    <article className={classes.pack} lang={fmt.locale} aria-label={p('title')}>
      <PackHeader data={data} x={x} />
      <SummarySection data={data} x={x} />
      <StageSection data={data} x={x} />
      <ForecastSection data={data} x={x} />
      <ChangesSection data={data} x={x} />
      <CommitteeSection data={data} x={x} />
      <MapSection data={data} x={x} />
      <CompetitionSection data={data} x={x} />
      <NegotiationSection data={data} x={x} />
      <ActivitiesSection data={data} x={x} />
      <footer className={classes.foot}>
        {p('produced', { date: fmt.dateTime(data.producedAt) })}
      </footer>
    </article>
  );
}

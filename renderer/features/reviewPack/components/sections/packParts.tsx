import type { ReactNode } from 'react';
import type { ReviewPackData } from '../../api/loadReviewPack.ts';
import type { PackText } from '../usePackText.ts';
import classes from '../ReviewPackPrint.module.css';

/** What every section of the pack prints from: the data and the pack's words and formats. */
export type SectionProps = { data: ReviewPackData; x: PackText };

/** A section with its heading, named by it for screen readers and the PDF's outline. */
export function PackSection({
  id,
  title,
  className,
  children,
}: {
  id: string;
  title: string;
  /** Added to the section's own class (the map's landscape page, page 1's layout). */
  className?: string;
  children: ReactNode;
}) {
  return (
    <section
      className={className ? `${classes.section} ${className}` : classes.section}
      aria-labelledby={id}
    >
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** A table with one header row. */
export function PackTable({ head, children }: { head: string[]; children: ReactNode }) {
  return (
    <table className={classes.table}>
      <thead>
        <tr>
          {head.map((h) => (
            <th key={h}>{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

/** A line in grey: an empty section's "nothing yet", a remark. */
export function Dim({ children }: { children: ReactNode }) {
  return <p className={classes.dim}>{children}</p>;
}

/** One label and value of a fact list (`<dl>`). */
export function Fact({
  label,
  colon,
  children,
}: {
  label: string;
  colon: string;
  children: ReactNode;
}) {
  return (
    <div>
      <dt>
        {label}
        {colon}
      </dt>
      <dd>{children}</dd>
    </div>
  );
}

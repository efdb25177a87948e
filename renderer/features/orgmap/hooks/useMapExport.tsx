import { notifications } from '@mantine/notifications';
import { useCallback, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { INFLUENCE_LINE_KINDS, type InfluenceLineKind } from '../../../../shared/enums.ts';
import type { OrgChart } from '../../../../shared/orgchart.ts';
import { localDay } from '../../../../shared/localDate.ts';
import { printDocument } from '../../../ui/print.ts';
import { useFormatters } from '../../../ui/useFormatters.ts';
import type { ExportKind } from '../components/MapToolbar.tsx';
import type { LineStyleKey } from '../drawing/geometry.ts';
import { toDrawing } from '../drawing/toDrawing.ts';
import { saveBlob } from '../../../ui/saveFile.ts';
import { svgSize, svgToPng } from '../export/exportFiles.ts';
import { memberCaption, mapLegend } from '../export/mapLegend.ts';
import { buildMapSvg } from '../export/mapSvg.ts';
import type { Paper } from '../export/paginate.ts';
import { PrintMap } from '../export/PrintMap.tsx';
import type { LayoutResult, MapDrawing } from '../model.ts';
import { useTask } from '../../../ui/useTask.ts';

type Options = {
  chart: OrgChart | undefined;
  layout: LayoutResult | null;
  hidden: ReadonlySet<LineStyleKey>;
  roleLabel: (code: string) => string;
  onError: (error: unknown) => void;
};

type ExportJob = { kind: ExportKind; drawing: MapDrawing; base: string };
type PrintJob = { drawing: MapDrawing; paper: Paper; file: string };

/** A file name without the characters file systems refuse. */
function safeName(name: string): string {
  return (
    name
      // eslint-disable-next-line no-control-regex -- control characters are what it removes.
      .replace(/[/\\:*?"<>|\u0000-\u001f\u007f]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^\.+/, '')
      .slice(0, 100) || 'map'
  );
}

/**
 * Exports what the map shows (the deal context and the lines switched on) as SVG, PNG at print
 * resolution, or PDF on A4/A3 landscape pages, with title, date and legend in the current
 * language. For a PDF the print view is mounted, then printed.
 */
export function useMapExport({ chart, layout, hidden, roleLabel, onError }: Options): {
  start: (kind: ExportKind) => void;
  busy: boolean;
  printView: ReactNode;
} {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const [printing, setPrinting] = useState<PrintJob | null>(null);
  /** Resolves the wait of a PDF export for its print view to be in the document. */
  const printViewReady = useRef<() => void>(undefined);

  const drawingNow = useCallback((): { drawing: MapDrawing; base: string } | null => {
    if (!chart || !layout) return null;
    const today = localDay();
    const date = fmt.date(today);
    const deal = chart.committee?.opportunityName;
    const legend = mapLegend(chart, t, hidden);
    const describe = memberCaption(t, roleLabel, i18n.language === 'zh-CN');
    const drawing = toDrawing(chart, layout, {
      title: t('orgmap.export.title', { account: chart.accountName }),
      subtitle: deal
        ? t('orgmap.export.subtitleDeal', { date, deal })
        : t('orgmap.export.subtitle', { date }),
      hiddenKinds: new Set(
        INFLUENCE_LINE_KINDS.filter((k) => hidden.has(k)),
      ) as ReadonlySet<InfluenceLineKind>,
      legend,
      describe,
    });
    // Reporting and dotted lines switched off on screen stay off on paper.
    const shown: MapDrawing = {
      ...drawing,
      reportingLines: drawing.reportingLines.filter(
        (l) => !hidden.has(l.dotted ? 'dotted' : 'reporting'),
      ),
    };
    const base = safeName(t('orgmap.export.fileBase', { account: chart.accountName, date: today }));
    return { drawing: shown, base };
  }, [chart, layout, hidden, roleLabel, t, i18n.language, fmt]);

  const exportFile = useTask(
    async ({ kind, drawing, base }: ExportJob) => {
      if (kind === 'pdf-a4' || kind === 'pdf-a3') {
        const job = {
          drawing,
          paper: kind === 'pdf-a4' ? 'A4' : 'A3',
          file: `${base}.pdf`,
        } as const;
        await new Promise<void>((resolve) => {
          printViewReady.current = resolve;
          // The print view stays (hidden on screen) until the next export or leaving the map,
          // so a browser's own print command prints the same pages.
          setPrinting(job);
        });
        // Let the pages paint before the print dialog (or printToPDF) takes its snapshot.
        await new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted)));
        const outcome = await printDocument({
          fileName: job.file,
          pageSize: job.paper,
          landscape: true,
        });
        if (outcome === 'saved') {
          notifications.show({
            color: 'teal',
            message: t('orgmap.export.done', { file: job.file }),
          });
        }
        return;
      }
      const svg = buildMapSvg(drawing);
      if (kind === 'svg') {
        const file = `${base}.svg`;
        saveBlob(new Blob([svg], { type: 'image/svg+xml' }), file);
        notifications.show({ color: 'teal', message: t('orgmap.export.done', { file }) });
        return;
      }
      const { width, height } = svgSize(svg);
      const { blob, dpi } = await svgToPng(svg, width, height);
      const file = `${base}.png`;
      saveBlob(blob, file);
      notifications.show({ color: 'teal', message: t('orgmap.export.pngDone', { file, dpi }) });
    },
    { onError },
  );

  const { mutate, isPending } = exportFile;
  const start = useCallback(
    (kind: ExportKind) => {
      const now = drawingNow();
      if (!now || isPending) return;
      mutate({ kind, ...now });
    },
    [drawingNow, isPending, mutate],
  );

  const printView = printing ? (
    <PrintMap
      drawing={printing.drawing}
      paper={printing.paper}
      pageLabel={(page, total, place) =>
        place
          ? t('orgmap.export.pageTile', { page, total, ...place })
          : t('orgmap.export.page', { page, total })
      }
      onReady={() => printViewReady.current?.()}
    />
  ) : null;

  return { start, busy: isPending, printView };
}

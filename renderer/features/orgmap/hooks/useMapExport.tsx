import { notifications } from '@mantine/notifications';
import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { INFLUENCE_LINE_KINDS, type InfluenceLineKind } from '../../../../shared/enums.ts';
import type { OrgChart } from '../../../../shared/orgchart.ts';
import { localDay } from '../../../../shared/localDate.ts';
import { printDocument } from '../../../ui/print.ts';
import { useFormatters } from '../../../ui/useFormatters.ts';
import type { ExportKind } from '../components/MapToolbar.tsx';
import type { LineStyleKey } from '../drawing/geometry.ts';
import { toDrawing } from '../drawing/toDrawing.ts';
import { saveBlob, svgSize, svgToPng } from '../export/exportFiles.ts';
import { memberCaption, mapLegend } from '../export/mapLegend.ts';
import { buildMapSvg } from '../export/mapSvg.ts';
import type { Paper } from '../export/paginate.ts';
import { PrintMap } from '../export/PrintMap.tsx';
import type { LayoutResult, MapDrawing } from '../model.ts';

type Options = {
  chart: OrgChart | undefined;
  layout: LayoutResult | null;
  hidden: ReadonlySet<LineStyleKey>;
  roleLabel: (code: string) => string;
  onError: (error: unknown) => void;
};

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
  const [busy, setBusy] = useState(false);
  const [printing, setPrinting] = useState<{
    drawing: MapDrawing;
    paper: Paper;
    file: string;
  } | null>(null);

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

  const start = useCallback(
    (kind: ExportKind) => {
      const now = drawingNow();
      if (!now || busy) return;
      const { drawing, base } = now;
      if (kind === 'pdf-a4' || kind === 'pdf-a3') {
        setBusy(true);
        setPrinting({ drawing, paper: kind === 'pdf-a4' ? 'A4' : 'A3', file: `${base}.pdf` });
        return;
      }
      setBusy(true);
      const run = async () => {
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
      };
      run()
        .catch(onError)
        .finally(() => setBusy(false));
    },
    [drawingNow, busy, onError, t],
  );

  const onPrintReady = useCallback(() => {
    if (!printing) return;
    // Let the pages paint before the print dialog (or printToPDF) takes its snapshot.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        printDocument({ fileName: printing.file, pageSize: printing.paper, landscape: true })
          .then((outcome) => {
            if (outcome === 'saved') {
              notifications.show({
                color: 'teal',
                message: t('orgmap.export.done', { file: printing.file }),
              });
            }
          })
          .catch(onError)
          // The print view stays (hidden on screen) until the next export or leaving the map,
          // so a browser's own print command prints the same pages.
          .finally(() => setBusy(false));
      }),
    );
  }, [printing, onError, t]);

  const printView = printing ? (
    <PrintMap
      drawing={printing.drawing}
      paper={printing.paper}
      pageLabel={(page, total, place) =>
        place
          ? t('orgmap.export.pageTile', { page, total, ...place })
          : t('orgmap.export.page', { page, total })
      }
      onReady={onPrintReady}
    />
  ) : null;

  return { start, busy, printView };
}

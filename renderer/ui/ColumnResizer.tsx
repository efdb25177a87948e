import type { Header } from '@tanstack/react-table';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './DataTable.module.css';

const STEP = 16;

/** The handle on a column's right edge: drag it, or focus it and use the arrow keys. */
export function ColumnResizer<T>({ header }: { header: Header<T, unknown> }) {
  const { t } = useTranslation();
  const { column } = header;
  const table = header.getContext().table;
  const name =
    typeof column.columnDef.header === 'string' ? column.columnDef.header : String(column.id);
  const size = column.getSize();
  const min = column.columnDef.minSize ?? 40;
  const max = column.columnDef.maxSize ?? 2000;

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const delta = event.key === 'ArrowRight' ? STEP : event.key === 'ArrowLeft' ? -STEP : 0;
    if (delta === 0) return;
    event.preventDefault();
    const next = Math.min(max, Math.max(min, size + delta));
    table.setColumnSizing((old) => ({ ...old, [column.id]: next }));
  }

  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={t('views.resizeColumn', { column: name })}
      aria-valuenow={size}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      className={`${classes.resizer} ${column.getIsResizing() ? classes.resizing : ''}`}
      onMouseDown={header.getResizeHandler()}
      onTouchStart={header.getResizeHandler()}
      onDoubleClick={() => column.resetSize()}
      onKeyDown={onKeyDown}
      onClick={(event) => event.stopPropagation()}
    />
  );
}

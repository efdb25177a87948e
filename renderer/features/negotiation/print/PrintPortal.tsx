import { memo } from 'react';
import { createPortal } from 'react-dom';
import { SheetPrint, type SheetPrintProps } from './SheetPrint.tsx';
import classes from './SheetPrint.module.css';

/**
 * The sheet's print copy, straight under <body>: hidden on screen; while it is mounted (as long
 * as the editor is open), printing (Ctrl+P or Export PDF) shows only it, on one A4 portrait page,
 * and hides the app. Memoised: it renders again only when what it prints changes.
 */
export const PrintPortal = memo(function PrintPortal(props: SheetPrintProps) {
  return createPortal(
    <div className={classes.portal} data-negotiation-print="" data-testid="negotiation-print">
      <SheetPrint {...props} />
    </div>,
    document.body,
  );
});

import { createPortal } from 'react-dom';
import { SheetPrint, type SheetPrintProps } from './SheetPrint.tsx';
import classes from './SheetPrint.module.css';

/**
 * The sheet's print copy, straight under <body>: hidden on screen; while it is mounted, printing
 * (or Export PDF) shows only it and hides the app.
 */
export function PrintPortal(props: SheetPrintProps) {
  return createPortal(
    <div className={classes.portal} data-negotiation-print="" data-testid="negotiation-print">
      <SheetPrint {...props} />
    </div>,
    document.body,
  );
}

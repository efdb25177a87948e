export { negotiationQueries } from './api/negotiationQueries.ts';
export { NegotiationTab } from './components/NegotiationTab.tsx';
export { useNegotiationT } from './i18n/useNegotiationT.ts';
export { pdfName } from './utils/pdfName.ts';

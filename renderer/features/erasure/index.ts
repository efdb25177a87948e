export type { ErasureTarget } from './api/erasure.ts';
export { EraseButton, EraseMenuItem, useErase } from './components/EraseButton.tsx';

export type { ErasureTarget } from './api/erasure.ts';
export { EraseButton } from './components/EraseButton.tsx';

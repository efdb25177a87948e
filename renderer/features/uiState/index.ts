export { DraftStoreProvider } from './api/DraftStoreProvider.tsx';

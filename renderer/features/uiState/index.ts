export { DraftStoreProvider } from './api/DraftStoreProvider.tsx';
export { useListView, type ListFilters, type TableView } from './hooks/useListView.ts';

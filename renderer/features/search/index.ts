export { SearchButton } from './components/SearchButton.tsx';
export { SearchPalette } from './components/SearchPalette.tsx';

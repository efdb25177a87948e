export { ExportPackageMenuItem } from './components/ExportPackageMenuItem.tsx';
export { ImportPackageButton } from './components/ImportPackageButton.tsx';

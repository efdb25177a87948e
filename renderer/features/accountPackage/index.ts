export { ExportPackageButton } from './components/ExportPackageButton.tsx';
export { ImportPackageButton } from './components/ImportPackageButton.tsx';

export { ReviewPackButton } from './components/ReviewPackButton.tsx';

import { useTranslation } from 'react-i18next';
import type { Issue } from '../../../shared/issues.ts';
import { issueMessage } from './issueMessage.ts';

/** Renders an issue's message and follows language switches while it is on screen. */
export function IssueMessage({ issue }: { issue: Issue }) {
  const { t } = useTranslation();
  return <>{issueMessage(t, issue)}</>;
}

import { Alert, Button, List } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { FormProblem } from './FormProblem.ts';
import { IssueMessage } from './IssueMessage.tsx';

type Props = {
  problem: FormProblem;
  /** Loads the latest version of the record into the form (offered on a stale save). */
  onReload?: () => void;
  reloading?: boolean;
};

/** The form-level part of a refused save; field issues are shown next to their fields. */
export function FormProblemAlert({ problem, onReload, reloading }: Props) {
  const { t } = useTranslation();
  if (problem.kind === 'stale') {
    return (
      <Alert
        color="orange"
        icon={<IconAlertTriangle />}
        title={t('errors.staleTitle')}
        role="alert"
      >
        {t('errors.staleBody')}
        {onReload && (
          <Button
            mt="sm"
            size="xs"
            variant="light"
            color="orange"
            leftSection={<IconRefresh size={14} />}
            onClick={onReload}
            loading={reloading}
          >
            {t('errors.reloadRecord')}
          </Button>
        )}
      </Alert>
    );
  }
  return (
    <Alert color="red" icon={<IconAlertTriangle />} title={t('errors.saveTitle')} role="alert">
      {problem.kind === 'failed' ? (
        t(`errors.codes.${problem.code}`)
      ) : problem.general.length === 0 ? (
        t('errors.codes.invalid_input')
      ) : (
        <List size="sm">
          {problem.general.map((issue, i) => (
            <List.Item key={i}>
              <IssueMessage issue={issue} />
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}

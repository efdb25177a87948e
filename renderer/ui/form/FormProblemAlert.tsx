import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
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
  const ref = useRef<HTMLDivElement>(null);
  // Save sits at the bottom of a long form: bring the reason into view, unless it is all
  // about fields (the first of which has the focus already).
  const onlyFields = problem.kind === 'refused' && problem.general.length === 0;
  useEffect(() => {
    if (!onlyFields) ref.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [problem, onlyFields]);

  // Clear of the drawer's sticky header when scrolled to.
  const style = { scrollMarginTop: 80 };

  if (problem.kind === 'stale') {
    return (
      <Alert
        ref={ref}
        style={style}
        color="orange"
        icon={<IconAlertTriangle />}
        title={t('errors.staleTitle')}
        role="alert"
      >
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{t('errors.staleBody')}</Text>
          {onReload && (
            <Button
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
        </Stack>
      </Alert>
    );
  }
  return (
    <Alert
      ref={ref}
      style={style}
      color="red"
      icon={<IconAlertTriangle />}
      title={t('errors.saveTitle')}
      role="alert"
    >
      {problem.kind === 'failed' ? (
        t(`errors.codes.${problem.code}`)
      ) : onlyFields ? (
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

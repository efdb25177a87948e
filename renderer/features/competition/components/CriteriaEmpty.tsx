import { Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { toSupportedLocale } from '../../../../shared/enums.ts';
import { errorText } from '../../../ui/form/errorText.ts';
import { useCriteriaMutations } from '../api/useCriteriaMutations.ts';

type Props = {
  opportunityId: string;
  /** Adds one criterion to start from. */
  onAdd: () => void;
};

/** A deal without criteria: start from the default list, or from one criterion. */
export function CriteriaEmpty({ opportunityId, onAdd }: Props) {
  const { t, i18n } = useTranslation();
  const { addDefaults } = useCriteriaMutations(opportunityId);
  return (
    <Stack gap="sm" align="flex-start">
      <Text size="sm" c="dimmed">
        {t('competition.criteria.empty')}
      </Text>
      <Group gap="sm">
        <Button
          onClick={() => addDefaults.mutate(toSupportedLocale(i18n.language))}
          loading={addDefaults.isPending}
        >
          {t('competition.criteria.addDefaults')}
        </Button>
        <Button variant="default" leftSection={<IconPlus size={16} />} onClick={onAdd}>
          {t('competition.criteria.add')}
        </Button>
      </Group>
      {addDefaults.isError && (
        <Text size="sm" c="red" role="alert">
          {errorText(t, addDefaults.error)}
        </Text>
      )}
    </Stack>
  );
}

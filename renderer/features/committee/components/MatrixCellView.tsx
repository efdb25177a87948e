import { Badge, Stack, Text } from '@mantine/core';
import type { Attitude } from '../../../../shared/enums.ts';
import type { MatrixColumnId, MatrixRow } from '../utils/matrixColumns.ts';

const ATTITUDE_COLORS: Record<Attitude, string> = {
  supporter: 'teal',
  neutral: 'gray',
  opponent: 'red',
};

/** A cell's value when it is not being edited: the person with their title, a coloured attitude… */
export function MatrixCellView({
  column,
  row,
  text,
}: {
  column: MatrixColumnId;
  row: MatrixRow;
  text: string;
}) {
  if (column === 'person') {
    return (
      <Stack gap={0} style={{ overflow: 'hidden' }}>
        <Text size="sm" fw={600} truncate>
          {row.person?.name ?? row.member.personId}
        </Text>
        {row.person?.title && (
          <Text size="xs" c="dimmed" truncate>
            {row.person.title}
          </Text>
        )}
      </Stack>
    );
  }
  if (column === 'attitude') {
    return (
      <Badge variant="light" color={ATTITUDE_COLORS[row.member.attitude]} tt="none">
        {text}
      </Badge>
    );
  }
  if (column === 'influence' && row.member.influence === 'high') {
    return (
      <Text size="sm" fw={700} span>
        {text}
      </Text>
    );
  }
  if (column === 'contact' && row.member.contact === 'none') {
    return (
      <Text size="sm" c="orange" span>
        {text}
      </Text>
    );
  }
  return <>{text}</>;
}

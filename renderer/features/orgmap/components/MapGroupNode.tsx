import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import classes from './MapCard.module.css';
import type { GroupNode } from './mapTypes.ts';

/** A department or an outside organisation: a labelled box drawn behind its cards. */
export const MapGroupNode = memo(function MapGroupNode({ data }: NodeProps<GroupNode>) {
  const { group } = data;
  return (
    <div
      className={`${classes.group} ${group.kind === 'organization' ? classes.groupOrganization : ''}`}
      style={{ width: group.width, height: group.height }}
    >
      <div className={classes.groupLabel}>{group.label}</div>
    </div>
  );
});

import { cleanup, screen } from '@testing-library/react';
import { ReactFlowProvider, type NodeProps } from '@xyflow/react';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyPersonDraft, type Person } from '../../../../shared/schemas.ts';
import { renderWithProviders } from '../../../test/renderWithProviders.tsx';
import { CardActionsContext, type CardActions } from './mapContext.ts';
import { MapCard } from './MapCard.tsx';
import type { CardData, CardNode } from './mapTypes.ts';

const title = 'Deputy General Manager, Head of Procurement and Supplier Quality for Plants 1 and 2';
const person: Person = {
  ...emptyPersonDraft,
  id: 'p_song',
  accountId: 'acc_temp',
  name: 'Song Lijun',
  title,
  department: 'Purchasing Department',
  archived: false,
  version: 1,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};
const roleLabels = ['Decision maker', 'Economic buyer', 'Technical evaluator', 'Gatekeeper'];

function renderCard(data: CardData) {
  const props = { id: person.id, type: 'card', data, selected: false } as NodeProps<CardNode>;
  renderWithProviders(
    <ReactFlowProvider>
      <CardActionsContext.Provider value={{} as CardActions}>
        <MapCard {...props} />
      </CardActionsContext.Provider>
    </ReactFlowProvider>,
    {},
  );
}

describe('MapCard', () => {
  afterEach(() => cleanup());

  it('shows the whole title and the whole role line on hover, however long', () => {
    renderCard({
      person,
      member: {
        personId: person.id,
        roles: ['decider'],
        attitude: 'supporter',
        contact: 'frequent',
        attitudeScore: null,
        lastContactDate: null,
        influence: 'high',
      },
      roleLabels,
      dimmed: false,
      editing: false,
      attach: 'top',
    });
    expect(screen.getByText(title).getAttribute('title')).toBe(title);
    const roles = roleLabels.join(' · ');
    expect(screen.getByText(roles).getAttribute('title')).toBe(roles);
  });
});

import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SALES8_STAGE_SET } from '../../../../shared/pipeline.ts';
import { i18n } from '../../../i18n/i18n.ts';
import { renderWithProviders } from '../../../test/renderWithProviders.tsx';
import { amountChanged, forecast, review } from '../test/fixtures.ts';
import { PipelinePack, type PackData } from './PipelinePack.tsx';

const data: PackData = {
  forecast,
  movements: {
    quarter: '2027-Q2',
    fromSnapshotId: 's_1',
    movements: [amountChanged, { ...amountChanged, opportunityId: 'o_other', owner: 'Zheng Peng' }],
  },
  snapshots: [
    {
      id: 's1',
      takenAt: '2026-11-20T09:00:00.000Z',
      weekOf: '2026-11-16',
      kind: 'automatic',
      note: '',
      lineCount: 5,
      totals: [],
    },
  ],
  reviews: [review()],
};

describe('PipelinePack', () => {
  afterEach(async () => {
    cleanup();
    await i18n.changeLanguage('en');
  });

  it('prints the forecast with its chart, the owner’s movements and the review queue', async () => {
    renderWithProviders(
      <PipelinePack
        scope={{
          owner: 'Chen Ming',
          groupBy: 'quarter',
          byOwner: false,
          asOf: null,
          quarter: '2027-Q2',
        }}
        data={data}
        today="2026-11-23"
      />,
      { 'stageSets.list': () => ({ ok: true, data: [SALES8_STAGE_SET] }) },
    );
    const pack = screen.getByRole('article');
    expect(within(pack).getByText('Owner: Chen Ming')).toBeTruthy();
    expect(within(pack).getByText('Forecast in CNY')).toBeTruthy();
    expect(within(pack).getByText('CN¥20,050,000')).toBeTruthy();
    // The chart is inline SVG, labelled by period.
    expect(pack.querySelectorAll('svg')).toHaveLength(2);
    expect(pack.querySelector('svg')?.textContent).toContain('Q2 2027');
    // Only Chen Ming's movement, with its old → new.
    expect(within(pack).getAllByText('CN¥1,850,000 → CN¥2,100,000')).toHaveLength(1);
    expect(within(pack).getByText('Not updated for 9 days (since Nov 14, 2026)')).toBeTruthy();
  });
});

import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../test/renderWithProviders.tsx';
import { prefillValueMaps, ValuesStep, type FileValues } from './ValuesStep.tsx';

const values: FileValues = [
  {
    field: 'salesStage',
    options: ['account_planning', 'solution_demo', 'negotiation', 'custom_stage'],
    values: [
      { value: '方案演示', count: 12, suggestion: 'solution_demo' },
      { value: '谈判', count: 3, suggestion: 'negotiation' },
      { value: '神秘阶段', count: 1, suggestion: null },
    ],
  },
];

describe('ValuesStep', () => {
  it('prefers what was chosen before over the suggestion, and refuses values with neither', () => {
    expect(prefillValueMaps(values, { salesStage: { 谈判: null, 其他: 'signed' } })).toEqual({
      salesStage: { 方案演示: 'solution_demo', 谈判: null, 神秘阶段: null },
    });
  });

  it('shows each value with its count and maps it to one of ours', async () => {
    const onValueMaps = vi.fn();
    const valueMaps = prefillValueMaps(values, {});
    renderWithProviders(
      <ValuesStep values={values} valueMaps={valueMaps} onValueMaps={onValueMaps} />,
      {},
    );
    const table = screen.getByRole('table', { name: 'Sales stage: values in the file' });
    const select = (value: string) =>
      within(table).getByRole('combobox', {
        name: `Import Sales stage “${value}” as`,
      }) as HTMLInputElement;
    expect(within(select('方案演示').closest('tr') as HTMLElement).getByText('12')).toBeTruthy();
    expect(select('方案演示').value).toBe('Solution demo and technical exchange');
    expect(select('神秘阶段').value).toBe('Refuse these rows');

    fireEvent.click(select('神秘阶段'));
    // A stage of a custom stage set has no translation: its code is shown.
    expect(await screen.findByRole('option', { name: 'custom_stage' })).toBeTruthy();
    fireEvent.click(screen.getByRole('option', { name: 'Commercial negotiation' }));
    expect(onValueMaps).toHaveBeenCalledWith({
      salesStage: { 方案演示: 'solution_demo', 谈判: 'negotiation', 神秘阶段: 'negotiation' },
    });
  });
});

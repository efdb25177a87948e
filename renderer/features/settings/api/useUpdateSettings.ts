import type { ChannelInput } from '../../../../shared/channels.ts';
import { useWrite } from '../../../data/write.ts';
import { settingsQueries } from './settingsQueries.ts';

/** Stores some settings; every view computed from them refreshes. */
export function useUpdateSettings() {
  return useWrite(async (patch: ChannelInput<'settings.update'>, { write, cache }) => {
    const settings = await write('settings.update', patch);
    cache.put(settingsQueries.current(), () => settings);
    return settings;
  });
}

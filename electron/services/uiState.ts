import type { ChannelArgs } from '../../shared/channels.ts';
import { AppError } from '../../shared/errors.ts';
import { makeIssue } from '../../shared/issues.ts';
import { MAX_DRAFTS, viewState, type Draft, type ViewState } from '../../shared/uiState.ts';
import { touch } from '../touched.ts';
import { writeTransaction, type ServiceContext } from './common.ts';
import type { HandlersOf } from '../handlers.ts';

export type UiStateService = ReturnType<typeof createUiStateService>;

/**
 * Drafts of unsaved forms and remembered list views: the user's working state, written without
 * history (an undo must never bring back a draft) and bounded in size and number.
 */
export function createUiStateService({ db, now, repos }: ServiceContext) {
  const { uiState } = repos;

  return {
    getDraft({ key }: ChannelArgs<'drafts.get'>): Draft | null {
      const row = uiState.draft(key);
      return row ? { key: row.draft_key, value: row.value, savedAt: row.saved_at } : null;
    },

    saveDraft({ key, value }: ChannelArgs<'drafts.save'>): Draft {
      // Only JSON is kept, so a form can always read back what it wrote.
      try {
        JSON.parse(value);
      } catch {
        const issue = makeIssue(['value'], 'invalid_type');
        throw new AppError('invalid_input', issue.message, [issue]);
      }
      const savedAt = now().toISOString();
      writeTransaction(db, () => {
        uiState.putDraft({ draft_key: key, value, saved_at: savedAt });
        uiState.pruneDrafts(MAX_DRAFTS);
      });
      touch('ui_draft');
      return { key, value, savedAt };
    },

    discardDraft({ key }: ChannelArgs<'drafts.discard'>) {
      const discarded = writeTransaction(db, () => uiState.deleteDraft(key));
      if (discarded) touch('ui_draft');
      return { discarded };
    },

    /** A stored view that no longer passes the schema (a hand-edited file) counts as none. */
    getView({ list }: ChannelArgs<'viewState.get'>): ViewState | null {
      const row = uiState.view(list);
      if (!row) return null;
      let stored: unknown;
      try {
        stored = JSON.parse(row.state);
      } catch {
        return null;
      }
      const parsed = viewState.safeParse(stored);
      return parsed.success ? parsed.data : null;
    },

    saveView({ list, state }: ChannelArgs<'viewState.save'>): ViewState {
      writeTransaction(db, () =>
        uiState.putView({ list, state: JSON.stringify(state), updated_at: now().toISOString() }),
      );
      touch('view_state');
      return state;
    },

    resetView({ list }: ChannelArgs<'viewState.reset'>) {
      const reset = writeTransaction(db, () => uiState.deleteView(list));
      touch('view_state');
      return { reset };
    },
  };
}

/** The channels this service answers; the router's handlers combine every service's. */
export function uiStateHandlers(s: UiStateService): HandlersOf<'drafts' | 'viewState'> {
  return {
    'drafts.get': (input) => s.getDraft(input),
    'drafts.save': (input) => s.saveDraft(input),
    'drafts.discard': (input) => s.discardDraft(input),
    'viewState.get': (input) => s.getView(input),
    'viewState.save': (input) => s.saveView(input),
    'viewState.reset': (input) => s.resetView(input),
  };
}

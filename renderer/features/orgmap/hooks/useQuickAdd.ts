import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/schemas.ts';
import { useWrite } from '../../../data/write.ts';
import type { MapEdits } from '../api/useMapEdits.ts';
import type { QuickAddRequest, QuickAddValues } from '../components/QuickAddDialog.tsx';
import { announceDone } from '../../../data/undoSteps.ts';

type Adding = { request: QuickAddRequest; values: QuickAddValues };

/**
 * The quick-add dialog: a new report or peer of a card, a new person or an external one. The
 * edit runs in the map's write queue; this mutation is the dialog's busy and error state.
 */
export function useQuickAdd(edits: MapEdits, onAdded: (person: Person) => void) {
  const { t } = useTranslation();
  const [request, setRequest] = useState<QuickAddRequest | null>(null);
  const { mutate, reset, isPending, error } = useWrite(
    ({ request: r, values }: Adding) =>
      edits.addPerson({
        name: values.name,
        title: values.title,
        department: r.external ? '' : values.department,
        organization: r.external ? values.organization : '',
        external: r.external,
        managerId: r.managerId,
      }),
    {
      onSuccess: (person) => {
        setRequest(null);
        onAdded(person);
        announceDone(t('orgmap.add.added', { name: person.name }));
      },
    },
  );

  const open = useCallback(
    (next: QuickAddRequest) => {
      reset();
      setRequest(next);
    },
    [reset],
  );
  const blank = { department: '', organization: '', managerId: null };
  const addReport = useCallback(
    (p: Person) =>
      open({
        title: t('orgmap.add.reportTitle', { name: p.name }),
        external: false,
        managerId: p.id,
        department: p.department,
        organization: '',
      }),
    [open, t],
  );
  const addPeer = useCallback(
    (p: Person) =>
      open({
        title: t('orgmap.add.peerTitle', { name: p.name }),
        external: false,
        managerId: p.managerId,
        department: p.department,
        organization: '',
      }),
    [open, t],
  );

  return {
    request,
    busy: isPending,
    error,
    addReport,
    addPeer,
    addPerson: () => open({ ...blank, title: t('orgmap.add.personTitle'), external: false }),
    addExternal: () => open({ ...blank, title: t('orgmap.add.externalTitle'), external: true }),
    submit: (values: QuickAddValues) => {
      if (request) mutate({ request, values });
    },
    close: () => setRequest(null),
  };
}

export type QuickAdd = ReturnType<typeof useQuickAdd>;

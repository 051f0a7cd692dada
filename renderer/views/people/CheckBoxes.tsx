import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Visible } from './selectors.ts';
import { usePeopleStore, type UserRow } from './store.ts';
import { usePeopleLabels } from './use-labels.ts';

/** Ticks one user for the bulk actions. */
export function CheckBox({ user, label }: { user: UserRow; label: string }) {
  const checked = usePeopleStore((s) => s.checked.has(user.id));
  const toggle = usePeopleStore((s) => s.toggleChecked);
  return (
    <input
      type="checkbox"
      checked={checked}
      aria-label={label}
      onClick={(e) => e.stopPropagation()}
      onChange={() => toggle(user.id)}
    />
  );
}

/** Ticks (or unticks) every user the filters show; mixed when only some are. */
export function CheckAllBox({ visible }: { visible: Visible }) {
  const { t } = useTranslation();
  const labels = usePeopleLabels();
  const checked = usePeopleStore((s) => s.checked);
  const setChecked = usePeopleStore((s) => s.setChecked);
  const ref = useRef<HTMLInputElement>(null);
  const total = visible.rows.length;
  // Nothing ticked (the usual case while typing a search): no pass over the rows at all.
  const ticked = useMemo(() => {
    if (!checked.size) return 0;
    let n = 0;
    for (const i of visible.rows) if (checked.has(visible.index.rows[i]!.id)) n++;
    return n;
  }, [visible, checked]);
  const all = total > 0 && ticked === total;
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = ticked > 0 && !all;
  }, [ticked, all]);
  return (
    <input
      ref={ref}
      type="checkbox"
      checked={all}
      disabled={total === 0}
      aria-label={t('people.ui.selectAllShown', labels.count(total))}
      onChange={() => setChecked(visible.ids(), !all)}
    />
  );
}

import { Button, Dialog, DialogTrigger, Heading, Popover } from 'react-aria-components';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AriaLocale } from '../../components/AriaLocale.tsx';
import { ALWAYS_SHOWN, arrangedOrder, isShown, moved, type ColumnId } from './columns.ts';
import { usePeopleStore } from './store.ts';
import { useColumnLabel } from './use-user-columns.tsx';

/**
 * "Columns" over the table: show or hide each column (the name stays), move one up or down the list
 * (its place from left to right; buttons, so the keyboard does it as well as a mouse), and go back to
 * the default. A popover dialog, not a menu: each row holds a tick box and two buttons.
 */
export function ColumnsMenu() {
  const { t } = useTranslation();
  const columns = usePeopleStore((s) => s.columns);
  const setColumns = usePeopleStore((s) => s.setColumns);
  const reset = usePeopleStore((s) => s.resetColumns);
  const label = useColumnLabel();
  const headingId = useId();
  const order = arrangedOrder(columns.columnOrder);
  const toggle = (id: ColumnId, on: boolean) => setColumns({ columnVisibility: { ...columns.columnVisibility, [id]: on } });
  // Moving a row moves its DOM node, which drops the focus: it goes back to the button pressed (or
  // its twin once the column reached an end), so that a keyboard user can press it again.
  const list = useRef<HTMLUListElement>(null);
  const [moving, setMoving] = useState<{ id: ColumnId; delta: -1 | 1 } | null>(null);
  useEffect(() => {
    if (!moving) return;
    const buttons = [`${moving.id}:${moving.delta}`, `${moving.id}:${-moving.delta}`].map((key) => list.current?.querySelector<HTMLButtonElement>(`[data-move="${key}"]`));
    buttons.find((b) => b && !b.disabled)?.focus();
  }, [moving, columns.columnOrder]);
  const move = (id: ColumnId, delta: -1 | 1) => {
    setColumns({ columnOrder: moved(columns.columnOrder, id, delta) });
    setMoving({ id, delta });
  };
  return (
    <DialogTrigger>
      <Button className="btn">{t('people.ui.chooser.button')}</Button>
      <AriaLocale>
        <Popover className="menu-popover chooser-popover" placement="bottom end" offset={4}>
          <Dialog className="chooser-dialog" aria-labelledby={headingId}>
            <Heading slot="title" id={headingId} className="chooser-heading">
              {t('people.ui.chooser.title')}
            </Heading>
            <p className="chooser-hint muted">{t('people.ui.chooser.hint')}</p>
            <ul className="chooser-list" ref={list}>
              {order.map((id, i) => {
                const name = label(id);
                return (
                  <li key={id}>
                    <label className="check">
                      <input type="checkbox" checked={isShown(columns.columnVisibility, id)} disabled={id === ALWAYS_SHOWN} onChange={(e) => toggle(id, e.target.checked)} />
                      <span className="chooser-name">
                        <span title={name}>{name}</span>
                        {id === ALWAYS_SHOWN && <span className="chooser-note muted">{t('people.ui.chooser.alwaysShown')}</span>}
                      </span>
                    </label>
                    <span className="chooser-moves">
                      <button type="button" className="btn btn-small" data-move={`${id}:-1`} aria-label={t('people.ui.chooser.moveUp', { column: name })} title={t('people.ui.chooser.moveUp', { column: name })} disabled={i === 0} onClick={() => move(id, -1)}>
                        ↑
                      </button>
                      <button type="button" className="btn btn-small" data-move={`${id}:1`} aria-label={t('people.ui.chooser.moveDown', { column: name })} title={t('people.ui.chooser.moveDown', { column: name })} disabled={i === order.length - 1} onClick={() => move(id, 1)}>
                        ↓
                      </button>
                    </span>
                  </li>
                );
              })}
            </ul>
            <div className="chooser-foot">
              <button type="button" className="btn-link" onClick={reset}>
                {t('people.ui.chooser.reset')}
              </button>
            </div>
          </Dialog>
        </Popover>
      </AriaLocale>
    </DialogTrigger>
  );
}

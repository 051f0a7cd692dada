import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface MenuItem {
  label: string;
  onSelect: () => void;
  danger?: boolean;
}

/** What the popup's content gets from the menu: the id the button points at, its name, and close. */
export interface OpenMenu {
  id: string;
  label: string;
  close: () => void;
}

interface MenuProps {
  /** The button's accessible name (and the menu's). */
  label: string;
  /** The button's visible content. */
  content: ReactNode;
  /** The popup's content, called only while open: a table has a menu per row. */
  children: (menu: OpenMenu) => ReactNode;
}

const WIDTH = 260;

/**
 * A menu button (aria-haspopup="menu"): arrows move between items, Escape or a click elsewhere closes
 * it and gives focus back to the button. The popup is fixed to the viewport so that the table's
 * scrolling box does not clip it.
 */
export function Menu({ label, content, children }: MenuProps) {
  const [open, setOpen] = useState(false);
  const [place, setPlace] = useState({ top: 0, left: 0 });
  const button = useRef<HTMLButtonElement>(null);
  const popup = useRef<HTMLDivElement>(null);
  const id = useId();

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  useLayoutEffect(() => {
    if (!open || !button.current) return;
    const box = button.current.getBoundingClientRect();
    const height = popup.current?.offsetHeight ?? 0;
    const below = box.bottom + 4 + height <= window.innerHeight;
    setPlace({ top: below ? box.bottom + 4 : Math.max(8, box.top - 4 - height), left: Math.max(8, Math.min(box.right - WIDTH, window.innerWidth - WIDTH - 8)) });
    popup.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const outside = (e: PointerEvent) => {
      if (!popup.current?.contains(e.target as Node) && !button.current?.contains(e.target as Node)) close(false);
    };
    const away = () => close(false);
    document.addEventListener('pointerdown', outside);
    window.addEventListener('resize', away);
    return () => {
      document.removeEventListener('pointerdown', outside);
      window.removeEventListener('resize', away);
    };
  }, [open]);

  const onKeyDown = (e: KeyboardEvent) => {
    // Keys stay in the menu: the table row around it reacts to Enter.
    e.stopPropagation();
    const all = [...(popup.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = all.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => all[(to + all.length) % all.length]?.focus();
    if (e.key === 'Escape') close(true);
    else if (e.key === 'Tab') close(false);
    else if (e.key === 'ArrowDown') move(at + 1);
    else if (e.key === 'ArrowUp') move(at - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(all.length - 1);
    else return;
    if (e.key !== 'Tab') e.preventDefault();
  };

  return (
    <>
      <button
        ref={button}
        type="button"
        className="btn menu-button"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={(e) => {
          e.stopPropagation();
          setOpen(!open);
        }}
      >
        {content}
      </button>
      {open && (
        <div ref={popup} className="menu-popup" style={{ top: place.top, left: place.left, width: WIDTH }} onKeyDown={onKeyDown} onClick={(e) => e.stopPropagation()}>
          {children({ id, label, close: () => close(true) })}
        </div>
      )}
    </>
  );
}

/** The items of an open menu, then the notes on what is absent and why. */
export function MenuList({ menu, items, notes }: { menu: OpenMenu; items: MenuItem[]; notes: string[] }) {
  return (
    <>
      <div id={menu.id} role="menu" aria-label={menu.label}>
        {items.map((item) => (
          <button
            key={item.label}
            type="button"
            role="menuitem"
            tabIndex={-1}
            className={item.danger ? 'menu-item danger' : 'menu-item'}
            onClick={() => {
              menu.close();
              item.onSelect();
            }}
          >
            {item.label}
          </button>
        ))}
      </div>
      {notes.map((note) => (
        <p key={note} className="menu-note" role="note">
          {note}
        </p>
      ))}
    </>
  );
}

import { useEffect, useId, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { Menu as AriaMenu, MenuItem as AriaMenuItem, Popover } from 'react-aria-components';
import { AriaLocale } from '../../components/AriaLocale.tsx';

export interface MenuItem {
  label: string;
  onSelect: () => void;
  danger?: boolean;
}

/** What the popup's content gets from the menu: the menu's id, its name, and close. */
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

/**
 * Clicks, Enter and Space in the menu (portalled, but still inside the row in React's tree) stay out of
 * the row, which opens the user on them; other keys go on (Ctrl+K opens the palette from anywhere).
 */
const stopClick = (e: MouseEvent) => e.stopPropagation();
const stopKey = (e: KeyboardEvent) => {
  if (e.key === 'Enter' || e.key === ' ') e.stopPropagation();
};

/**
 * A menu button: the popover and the menu are react-aria-components (arrows move between items, typing
 * jumps to one, Escape or a click elsewhere closes it and gives focus back to the button), laid over
 * the page so the table's scrolling box does not clip it. The button itself is a plain <button>, and
 * the react-aria parts exist only while the menu is open: a table has one per row on screen, and a
 * MenuTrigger per row doubled the time a 100k-user table takes to repaint after a filter or a sort.
 */
export function Menu({ label, content, children }: MenuProps) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const id = useId();
  const openByKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    setOpen(true);
  };
  return (
    <span className="menu-anchor" onClick={stopClick} onKeyDown={stopKey}>
      <button
        ref={button}
        type="button"
        className="btn menu-button"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen(true)}
        onKeyDown={openByKey}
      >
        {content}
      </button>
      {open && (
        <AriaLocale>
          <Popover triggerRef={button} isOpen onOpenChange={setOpen} aria-label={label} className="menu-popover" placement="bottom end" offset={4}>
            {children({ id, label, close: () => setOpen(false) })}
          </Popover>
        </AriaLocale>
      )}
    </span>
  );
}

/** The items of an open menu, then the notes on what is absent and why (outside the menu role). */
export function MenuList({ menu, items, notes }: { menu: OpenMenu; items: MenuItem[]; notes: string[] }) {
  // Without a MenuTrigger the popover takes focus first; the menu pattern wants it on the first item.
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      const list = document.getElementById(menu.id);
      const active = document.activeElement;
      if (list && (!active || active === list || !list.contains(active))) list.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [menu.id]);
  return (
    <>
      <AriaMenu id={menu.id} aria-label={menu.label} className="menu-list" autoFocus="first" items={items.map((item) => ({ ...item, id: item.label }))}>
        {(item) => (
          <AriaMenuItem
            id={item.id}
            textValue={item.label}
            className={item.danger ? 'menu-item danger' : 'menu-item'}
            onAction={() => {
              menu.close();
              item.onSelect();
            }}
          >
            {item.label}
          </AriaMenuItem>
        )}
      </AriaMenu>
      {notes.map((note) => (
        <p key={note} className="menu-note" role="note">
          {note}
        </p>
      ))}
    </>
  );
}

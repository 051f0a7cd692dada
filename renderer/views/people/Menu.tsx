import { useId, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { Button, Menu as AriaMenu, MenuItem as AriaMenuItem, MenuTrigger, Popover } from 'react-aria-components';
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
 * A menu button (react-aria-components): arrows move between items, typing jumps to one, Escape or a
 * click elsewhere closes it and gives focus back to the button. The popover is laid over the page, so
 * the table's scrolling box does not clip it.
 */
export function Menu({ label, content, children }: MenuProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <span className="menu-anchor" onClick={stopClick} onKeyDown={stopKey}>
      <AriaLocale>
        <MenuTrigger isOpen={open} onOpenChange={setOpen}>
          <Button className="btn menu-button" aria-label={label}>
            {content}
          </Button>
          <Popover className="menu-popover" placement="bottom end" offset={4}>
            {open && children({ id, label, close: () => setOpen(false) })}
          </Popover>
        </MenuTrigger>
      </AriaLocale>
    </span>
  );
}

/** The items of an open menu, then the notes on what is absent and why (outside the menu role). */
export function MenuList({ menu, items, notes }: { menu: OpenMenu; items: MenuItem[]; notes: string[] }) {
  return (
    <>
      <AriaMenu id={menu.id} aria-label={menu.label} className="menu-list" items={items.map((item) => ({ ...item, id: item.label }))}>
        {(item) => (
          <AriaMenuItem id={item.id} textValue={item.label} className={item.danger ? 'menu-item danger' : 'menu-item'} onAction={item.onSelect}>
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

import { Command } from 'cmdk';
import { useEffect, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionStore } from '../../app/session-store.ts';
import { usePaletteStore } from './store.ts';
import { useReturnFocus, useShortcut } from './use-palette-keys.ts';
import { useAssignItems, usePaletteItems, type Group, type PaletteItem } from './use-palette-items.ts';
import './palette.css';

const GROUPS: Group[] = ['actions', 'views', 'users', 'invoices'];
const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform);

/** The shortcut as the platform writes it. */
export const paletteShortcut = () => (isMac() ? '⌘K' : 'Ctrl+K');

/** The top bar's button that opens the palette, with its shortcut. */
export function PaletteButton() {
  const { t } = useTranslation();
  const setOpen = usePaletteStore((s) => s.setOpen);
  return (
    <button type="button" className="btn palette-button" title={t('palette.ui.button')} aria-keyshortcuts={isMac() ? 'Meta+K' : 'Control+K'} onClick={() => setOpen(true)}>
      <svg aria-hidden="true" viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <circle cx="11" cy="11" r="7" />
        <path d="m20 20-3.5-3.5" />
      </svg>
      <span className="palette-label">{t('palette.ui.button')}</span>
      <kbd>{paletteShortcut()}</kbd>
    </button>
  );
}

/** The items by group, the recent ones first (in a group of their own), or a line saying nothing matches. */
function PaletteGroups({ items, recent, choose }: { items: PaletteItem[]; recent: PaletteItem[]; choose: (item: PaletteItem) => void }) {
  const { t } = useTranslation();
  const shown = new Set(recent.map((i) => i.id));
  const row = (item: PaletteItem) => (
    <Command.Item key={item.id} value={item.id} keywords={[item.label, ...item.keywords]} onSelect={() => choose(item)}>
      {item.label}
    </Command.Item>
  );
  return (
    <>
      <Command.Empty>{t('palette.ui.empty')}</Command.Empty>
      {recent.length > 0 && <Command.Group heading={t('palette.ui.groups.recent')}>{recent.map(row)}</Command.Group>}
      {GROUPS.map((group) => {
        const inGroup = items.filter((i) => i.group === group && !shown.has(i.id));
        return inGroup.length ? (
          <Command.Group key={group} heading={t(`palette.ui.groups.${group}`)}>
            {inGroup.map(row)}
          </Command.Group>
        ) : null;
      })}
    </>
  );
}

/**
 * Ctrl/Cmd+K: every view and action the signed-in user may take, fuzzy-searched, recent first. A Radix
 * dialog (through cmdk): focus stays inside, Escape closes, focus goes back to what had it.
 */
export function CommandPalette() {
  const { t } = useTranslation();
  const open = usePaletteStore((s) => s.open);
  const setOpen = usePaletteStore((s) => s.setOpen);
  const page = usePaletteStore((s) => s.page);
  const setPage = usePaletteStore((s) => s.setPage);
  const search = usePaletteStore((s) => s.search);
  const setSearch = usePaletteStore((s) => s.setSearch);
  const recent = usePaletteStore((s) => s.recent);
  const remember = usePaletteStore((s) => s.remember);
  const load = usePaletteStore((s) => s.load);
  const loading = usePaletteStore((s) => s.loading);
  // Items show once loaded the first time, so that the first of them is the one selected.
  const loaded = usePaletteStore((s) => s.loaded);
  const permissions = useSessionStore((s) => s.session?.permissions);
  const rootItems = usePaletteItems();
  const assignItems = useAssignItems();

  useShortcut();
  useEffect(() => {
    if (open && permissions) void load(permissions);
  }, [open, permissions, load]);
  useReturnFocus(open);

  const assigning = page.kind === 'assign';
  const items = assigning ? assignItems : rootItems;
  const recentItems = assigning || search ? [] : recent.map((id) => items.find((i) => i.id === id)).filter((i): i is PaletteItem => !!i);

  function choose(item: PaletteItem) {
    if (!assigning) remember(item.id);
    if (!item.keepOpen) setOpen(false);
    item.run();
  }

  // Backspace in an empty search goes back from the second page.
  function onKeyDown(e: KeyboardEvent) {
    if (assigning && e.key === 'Backspace' && !search) setPage({ kind: 'root' });
  }

  return (
    <Command.Dialog
      open={open}
      onOpenChange={setOpen}
      label={t('palette.ui.label')}
      loop
      onKeyDown={onKeyDown}
      overlayClassName="palette-overlay"
      contentClassName="palette"
    >
      {assigning && (
        <div className="palette-page">
          <button type="button" className="btn-link" onClick={() => setPage({ kind: 'root' })}>
            {t('palette.ui.back')}
          </button>
          <span>{t('palette.ui.assignTo', { product: t(`ui.products.${page.productId}`) })}</span>
        </div>
      )}
      <Command.Input value={search} onValueChange={setSearch} placeholder={t(assigning ? 'palette.ui.pickUser' : 'palette.ui.placeholder')} aria-label={t('palette.ui.label')} />
      <Command.List label={t('palette.ui.results')} aria-busy={loading}>
        {loaded ? <PaletteGroups items={items} recent={recentItems} choose={choose} /> : <Command.Loading label={t('palette.ui.loading')} />}
      </Command.List>
      <p className="palette-hint muted">{t('palette.ui.hint')}</p>
    </Command.Dialog>
  );
}

import { describe, expect, it } from 'vitest';
import type { SavedViewState } from '../../../core/contract.ts';
import { defaultColumns, fitColumns, FIXED_WIDTHS, moved, WIDTHS, type ColumnId } from './columns.ts';
import { fromSavedState, toSavedState, type Known } from './saved-view.ts';

const known: Known = { roles: new Set(['super_admin', 'admin', 'user', 'custom:role_licence_manager']), productIds: new Set(['remote_support', 'meetings']) };

const saved = (patch: Partial<SavedViewState['filters']> = {}, rest: Partial<SavedViewState> = {}): SavedViewState => ({
  filters: { query: 'dubois', role: 'custom:role_licence_manager', productId: 'meetings', noLicence: false, status: 'active', ...patch },
  sort: { column: 'email', desc: true },
  columns: [
    { id: 'role', visible: true, width: 150 },
    { id: 'name', visible: true, width: 230 },
    { id: 'email', visible: false, width: 180 },
  ],
  ...rest,
});

describe('a saved view checked against what exists today', () => {
  it('applies a view whose filters all still exist as it was saved', () => {
    const applied = fromSavedState(saved(), known);
    expect(applied.dropped).toEqual([]);
    expect(applied.filters).toEqual(saved().filters);
    expect(applied.sort).toEqual({ column: 'email', desc: true });
  });

  it('drops a filter on a custom role that was deleted, and says so', () => {
    const applied = fromSavedState(saved({ role: 'custom:role_gone' }), known);
    expect(applied.filters.role).toBe('');
    expect(applied.filters.productId).toBe('meetings');
    expect(applied.dropped).toEqual(['role']);
  });

  it('drops a filter on a product the account no longer has, and one on a role name that never existed', () => {
    expect(fromSavedState(saved({ productId: 'fax_machine' }), known)).toMatchObject({ filters: { productId: '', role: 'custom:role_licence_manager' }, dropped: ['product'] });
    expect(fromSavedState(saved({ role: 'owner', productId: 'fax_machine' }), known)).toMatchObject({ filters: { productId: '', role: '' }, dropped: ['role', 'product'] });
  });

  it('falls back to the name order for a sort column that no longer exists, without a notice', () => {
    const applied = fromSavedState(saved({}, { sort: { column: 'department', desc: true } }), known);
    expect(applied.sort).toEqual({ column: 'name', desc: false });
    expect(applied.dropped).toEqual([]);
  });

  it('keeps the saved columns’ order, visibility and widths; unknown ones are left out, newer ones go last at their default', () => {
    const applied = fromSavedState(saved({}, { columns: [...saved().columns, { id: 'department', visible: true, width: 100 }, { id: 'products', visible: true, width: 800 }] }), known);
    expect(applied.columns.columnOrder).toEqual(['select', 'role', 'name', 'email', 'products', 'billing', 'lastChange', 'menu']);
    expect(applied.columns.columnVisibility).toEqual({ email: false });
    expect(applied.columns.columnSizing).toEqual({ role: 150, name: 230, email: 180, products: WIDTHS.products.max });
  });

  it('never hides the name column, whatever the view says', () => {
    const applied = fromSavedState(saved({}, { columns: [{ id: 'name', visible: false, width: 200 }] }), known);
    expect(applied.columns.columnVisibility).toEqual({});
  });

  it('round-trips what the table shows', () => {
    const columns = { ...defaultColumns(), columnOrder: moved(defaultColumns().columnOrder, 'email', 1), columnVisibility: { billing: false }, columnSizing: { name: 260 } };
    const filters = { query: 'x', role: 'admin', productId: 'remote_support', noLicence: false, status: 'invited' as const };
    const state = toSavedState(filters, { column: 'role', desc: false }, columns);
    const back = fromSavedState(state, known);
    expect(back.filters).toEqual(filters);
    expect(back.sort).toEqual({ column: 'role', desc: false });
    expect(back.columns.columnOrder).toEqual(['select', 'name', 'role', 'email', 'billing', 'products', 'lastChange', 'menu']);
    expect(back.columns.columnVisibility).toEqual({ billing: false });
    expect(back.columns.columnSizing.name).toBe(260);
  });
});

describe('columns fitted to the table’s box', () => {
  const ALL: ColumnId[] = ['name', 'email', 'role', 'billing', 'products', 'lastChange'];
  const fixed = FIXED_WIDTHS.select + FIXED_WIDTHS.menu;
  const total = (widths: Map<ColumnId, number>) => [...widths.values()].reduce((a, b) => a + b, 0) + fixed;

  it('at 1024 px (a box of about 720 px) lets the last change step aside so roles and products read whole; at 1280 px shows every column; none below its minimum, within the box', () => {
    const narrow = fitColumns(ALL, {}, 720, false);
    expect([...narrow.keys()]).toEqual(ALL.filter((id) => id !== 'lastChange'));
    const wide = fitColumns(ALL, {}, 976, false);
    expect([...wide.keys()]).toEqual(ALL);
    for (const widths of [narrow, wide]) {
      for (const [id, width] of widths) expect(width).toBeGreaterThanOrEqual(WIDTHS[id].min);
    }
    expect(total(narrow)).toBeLessThanOrEqual(720);
    expect(total(wide)).toBeLessThanOrEqual(976);
  });

  it('keeps the widths asked for in proportion when they fit, and fills the box', () => {
    const widths = fitColumns(['name', 'role'], { name: 420, role: 140 }, 656, false);
    expect(widths.get('name')! / widths.get('role')!).toBeCloseTo(3, 1);
    expect(total(widths)).toBeGreaterThan(650);
  });

  it('lets the least needed columns step aside when even their minimums do not fit, and with the side panel open', () => {
    expect([...fitColumns(ALL, {}, 468, false).keys()]).toEqual(['name', 'role', 'products']);
    expect([...fitColumns(ALL, {}, 370, false).keys()]).toEqual(['name', 'role']);
    // Beside the side panel at 1024 px (a box of about 392 px): name, role and products.
    expect([...fitColumns(ALL, {}, 392, true).keys()]).toEqual(['name', 'role', 'products']);
    expect([...fitColumns(ALL, {}, 900, true).keys()]).toEqual(['name', 'role', 'products']);
  });
});

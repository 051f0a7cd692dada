/**
 * A user's saved table views: list, save, rename, delete, and the one a table opens with. Each
 * command reads and writes only the signed-in user's own record (keyed by their id): no input names
 * another user, so nobody can see or change anyone else's views.
 */
import type { CommandContext, HandlerMap } from '../app/handler.ts';
import type { OutputOf } from '../contract.ts';
import { put } from '../model/changes.ts';
import type { SavedView, SavedViews } from '../model/records.ts';
import { failure } from '../result.ts';
import { VIEWS_MAX, type SavedViewTable } from '../schemas/saved-views.ts';
import { checkViewName } from './rules.ts';

type Channels = 'savedViews.list' | 'savedViews.save' | 'savedViews.rename' | 'savedViews.delete' | 'savedViews.setDefault';

function recordOf(ctx: CommandContext): SavedViews {
  const id = ctx.actor!.id;
  return ctx.tables.savedViews.get(id) ?? { id, views: [], defaults: {} };
}

/** A table's views in name order, and its default (one that still exists). */
function listOf(record: SavedViews, table: SavedViewTable): OutputOf<'savedViews.list'> {
  const views = record.views
    .filter((v) => v.table === table)
    .sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }))
    .map(({ table: _table, ...view }) => view);
  const defaultId = record.defaults[table];
  return { views, defaultId: defaultId && views.some((v) => v.id === defaultId) ? defaultId : null };
}

const written = (record: SavedViews, table: SavedViewTable) => ({ ok: true as const, value: listOf(record, table), changes: [put('savedViews', record.id, record)] });
const invalid = (errors: ReturnType<typeof checkViewName>) => failure('invalid_input', 'errors.invalidInput', undefined, errors);
const notFound = () => failure('not_found', 'people.errors.viewNotFound');

export const savedViewsHandlers: HandlerMap<Channels> = {
  'savedViews.list'(input, ctx) {
    return { ok: true, value: listOf(recordOf(ctx), input.table) };
  },

  'savedViews.save'(input, ctx) {
    const record = recordOf(ctx);
    const mine = record.views.filter((v) => v.table === input.table);
    const errors = checkViewName(input.name, mine, undefined);
    if (Object.keys(errors).length) return invalid(errors);
    if (mine.length >= VIEWS_MAX) return failure('conflict', 'people.errors.tooManyViews', { max: VIEWS_MAX });
    const at = ctx.now.toISOString();
    const view: SavedView = { id: ctx.ports.ids.next('view'), table: input.table, name: input.name.trim(), state: input.state, createdAt: at, updatedAt: at };
    const defaults = input.makeDefault ? { ...record.defaults, [input.table]: view.id } : record.defaults;
    return written({ ...record, views: [...record.views, view], defaults }, input.table);
  },

  'savedViews.rename'(input, ctx) {
    const record = recordOf(ctx);
    const view = record.views.find((v) => v.id === input.id);
    if (!view) return notFound();
    const errors = checkViewName(input.name, record.views.filter((v) => v.table === view.table), view.id);
    if (Object.keys(errors).length) return invalid(errors);
    const name = input.name.trim();
    if (name === view.name) return { ok: true, value: listOf(record, view.table) };
    const views = record.views.map((v) => (v.id === view.id ? { ...v, name, updatedAt: ctx.now.toISOString() } : v));
    return written({ ...record, views }, view.table);
  },

  'savedViews.delete'(input, ctx) {
    const record = recordOf(ctx);
    const view = record.views.find((v) => v.id === input.id);
    if (!view) return notFound();
    const defaults = { ...record.defaults };
    if (defaults[view.table] === view.id) delete defaults[view.table];
    return written({ ...record, views: record.views.filter((v) => v.id !== view.id), defaults }, view.table);
  },

  'savedViews.setDefault'(input, ctx) {
    const record = recordOf(ctx);
    const view = record.views.find((v) => v.id === input.id && v.table === input.table);
    if (!view) return notFound();
    const current = record.defaults[input.table];
    if (input.isDefault ? current === view.id : current !== view.id) return { ok: true, value: listOf(record, input.table) };
    const defaults = { ...record.defaults };
    if (input.isDefault) defaults[input.table] = view.id;
    else delete defaults[input.table];
    return written({ ...record, defaults }, input.table);
  },
};

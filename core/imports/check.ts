/**
 * The dry run of a licence CSV (SPEC §5, bulk by CSV import): every row gets a status, and the `ok`
 * rows become one licence plan (core/licences/plan.ts) — the change imports.apply commits as is.
 */
import type { CommandContext } from '../app/handler.ts';
import { assignedCount } from '../billing/views.ts';
import { CATALOG } from '../catalog/catalog.ts';
import { licencesOf, storeMemberships, type Memberships } from '../licences/effective.ts';
import { planLicences, QUEUE_PRODUCT, type LicenceOp, type PlanOptions, type Planned } from '../licences/plan.ts';
import { seatsBought } from '../licences/seats.ts';
import type { Change } from '../model/changes.ts';
import { queuePlacesByUser, type QueuePlace } from '../queues/views.ts';
import type { Failure } from '../result.ts';
import type { ImportReport, ImportRow } from '../schemas/imports.ts';
import type { ProductImpact, QueueHold } from '../schemas/licences.ts';
import { fullName } from '../users/views.ts';
import { settleRepeats } from './repeats.ts';
import { digestOf, reportRows, totalsOf } from './report.ts';
import { judgeStanding, losesQueueProduct } from './standing.ts';
import { isVerdict, rowReader, usersByEmail, type Candidate, type Verdict } from './verdict.ts';

export type Checked = { ok: true; report: ImportReport; plan: Planned['plan']; changes: Change[] } | { ok: false; failure: Failure };

const opOf = (c: Candidate): LicenceOp =>
  c.action === 'assign' ? { userId: c.user.id, productId: c.product.id, action: 'assign', features: c.features } : { userId: c.user.id, productId: c.product.id, action: 'remove' };

export function checkImport(ctx: CommandContext, rows: readonly ImportRow[], options: PlanOptions): Checked {
  const read = rowReader(usersByEmail(ctx.tables.users.values()));
  const verdicts: (Verdict | undefined)[] = new Array<Verdict | undefined>(rows.length);
  const candidates: Candidate[] = [];
  rows.forEach((row, index) => {
    const cells = read(row, index);
    if (isVerdict(cells)) verdicts[index] = cells;
    else candidates.push(cells);
  });
  const survivors = settleRepeats(candidates, verdicts);
  const places = queuePlacesByUser(ctx.tables);
  const memberships = storeMemberships(ctx.tables);
  judgeStanding(ctx, survivors, places, options.alsoRemoveFromQueues, verdicts, memberships);
  const judged = verdicts as Verdict[];
  const ok = survivors.filter((c) => judged[c.index]!.status === 'ok');
  const planned = planLicences(ctx, ok.map(opOf), options);
  if (!planned.ok) return planned;
  const report: ImportReport = {
    rows: reportRows(rows, judged, ctx.actor?.language ?? 'en'),
    totals: totalsOf(judged),
    products: seatsAfter(ctx, planned.plan.products, survivors),
    queueHolds: queueHolds(survivors, judged, places, memberships),
    queuesCleared: planned.plan.queuesCleared,
    blockers: planned.plan.blockers,
    digest: digestOf(judged, rows, options.alsoRemoveFromQueues),
  };
  return { ok: true, report, plan: planned.plan, changes: planned.changes };
}

/** The plan's seats per product, plus the products rows named but none changes (say, all `no_seats`). */
function seatsAfter(ctx: CommandContext, planned: ProductImpact[], candidates: readonly Candidate[]): ProductImpact[] {
  const named = new Set(candidates.map((c) => c.product.id));
  return CATALOG.flatMap((product) => {
    const impact = planned.find((p) => p.productId === product.id);
    if (impact) return [impact];
    if (!named.has(product.id)) return [];
    const seats = seatsBought(ctx.tables, product.id);
    const assigned = assignedCount(ctx.tables, product.id);
    return [{ productId: product.id, name: product.name, assigned: 0, updated: 0, removed: 0, unchanged: 0, seats, assignedBefore: assigned, assignedAfter: assigned, freeAfter: seats - assigned, missing: 0 }];
  });
}

/** Users the file takes Business Phone or Contact Center from who sit in queues: applied or held back. */
/** An import changes no group: the groups giving Contact Center now still give it once the file is applied. */
function queueHolds(candidates: readonly Candidate[], verdicts: readonly Verdict[], places: ReadonlyMap<string, QueuePlace[]>, memberships: Memberships): QueueHold[] {
  const holds = new Map<string, QueueHold>();
  for (const c of candidates) {
    const where = places.get(c.user.id);
    const status = verdicts[c.index]!.status;
    if (!where?.length || !losesQueueProduct(c, memberships) || (status !== 'ok' && status !== 'in_queues') || holds.has(c.user.id)) continue;
    const keptThrough = licencesOf(c.user, memberships).find((l) => l.productId === QUEUE_PRODUCT)?.via ?? [];
    holds.set(c.user.id, { userId: c.user.id, name: fullName(c.user), email: c.user.email, places: where, keptThrough });
  }
  return [...holds.values()].sort((a, b) => a.name.localeCompare(b.name));
}

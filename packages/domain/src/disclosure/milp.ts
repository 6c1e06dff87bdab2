// The attack across revisions as an integer program: every publication still public (superseded revisions too) is
// one version of the data, each count an integer within what its cells say, and each link between revisions bounds
// the change of every place and period by what its correction states (revisions.ts). An exact solver then gives
// every published cell its true feasible range: the least and the most any dataset consistent with everything
// public allows. The interval attack (attack.ts, revisions.ts) can only find less; the tests hold the publishing
// rules to this one.
//
// No solver is bundled: the caller passes one that loads a model in CPLEX LP format (the tests use HiGHS compiled to
// WebAssembly), so the domain stays free of dependencies.
import { cellsOf, knowledgeOf } from './attack';
import type { Knowledge } from './attack';
import { buildLattice } from './lattice';
import type { PublicRevision, RevisionLink } from './revisions';
import { changeBounds } from './revisions';
import type { ImpactIndicator, PublishedTable, ReportPeriod, TableCell } from './types';

/** A loaded model, optimised for one linear objective after another (always minimised; negate to maximise). */
export interface SolverSession {
  /** The least of sum(cost * column) over the model, and the columns' values there; null when the model is infeasible. */
  minimise(cost: ReadonlyMap<string, number>): { value: number; values: ReadonlyMap<string, number> } | null;
  /** Change a column's bounds for the solves that follow. */
  bound(column: string, lo: number, hi: number): void;
  dispose(): void;
}
/** Loads a mixed-integer model given in CPLEX LP format. */
export type LinearSolver = (model: string) => SolverSession;

/** The persistent API of the `highs` package, as much of it as is used here. */
interface HighsModel {
  readonly options: { set(values: Record<string, boolean | number>): unknown };
  getDimensions(): { numCols: number };
  getColName(index: number): string;
  changeColsCost(selection: { kind: 'range'; from: number; to: number }, costs: number[]): unknown;
  changeColsIntegrality(selection: { kind: 'range'; from: number; to: number }, types: (0 | 1)[]): unknown;
  changeColBounds(index: number, lower: number, upper: number): unknown;
  run(): unknown;
  getModelStatus(): number;
  getObjectiveValue(): number;
  getSolution(): { colValue: ArrayLike<number> };
  dispose(): void;
}
interface HighsRuntime {
  readonly constants: { readonly modelStatus: { readonly optimal: number; readonly infeasible: number } };
  createModel(source: { format: 'lp'; data: string }): HighsModel;
}

/**
 * A solver from a loaded `highs` module: exact optima (no gap tolerated), infeasible told apart from failures. The
 * linear relaxation is solved first: when its optimum is already whole numbers it is the integer optimum too, and
 * branch and bound is only needed otherwise (the counts' sums are mostly integral already, and it is many times faster).
 */
export function highsSolver(highs: HighsRuntime): LinearSolver {
  return (text) => {
    const load = (integer: boolean) => {
      const model = highs.createModel({ format: 'lp', data: text });
      model.options.set({ output_flag: false, mip_rel_gap: 0, mip_abs_gap: 0 });
      const count = model.getDimensions().numCols;
      if (!integer) model.changeColsIntegrality({ kind: 'range', from: 0, to: count - 1 }, new Array<0>(count).fill(0));
      return model;
    };
    const relaxed = load(false);
    const exact = load(true);
    const count = exact.getDimensions().numCols;
    const names = Array.from({ length: count }, (_, i) => exact.getColName(i));
    const index = new Map(names.map((name, i) => [name, i]));
    const optimum = (model: HighsModel, costs: number[]) => {
      model.changeColsCost({ kind: 'range', from: 0, to: count - 1 }, costs);
      model.run();
      const status = model.getModelStatus();
      if (status === highs.constants.modelStatus.infeasible) return null;
      if (status !== highs.constants.modelStatus.optimal) throw new Error(`The solver stopped with model status ${status}.`);
      return { value: model.getObjectiveValue(), at: model.getSolution().colValue };
    };
    return {
      minimise(cost) {
        const costs = new Array<number>(count).fill(0);
        for (const [name, c] of cost) costs[index.get(name) as number] = c;
        let found = optimum(relaxed, costs);
        if (!found) return null;
        const whole = Array.from(found.at).every((v) => Math.abs(v - Math.round(v)) < 1e-7);
        if (!whole) found = optimum(exact, costs);
        if (!found) return null;
        const at = found.at;
        return { value: Math.round(found.value), values: new Map(names.map((name, i) => [name, Math.round(at[i] as number)])) };
      },
      bound(name, lo, hi) {
        relaxed.changeColBounds(index.get(name) as number, lo, hi);
        exact.changeColBounds(index.get(name) as number, lo, hi);
      },
      dispose() {
        relaxed.dispose();
        exact.dispose();
      },
    };
  };
}

/** No count published here comes near this; a maximum that reaches it is unbounded (a suppressed cell's "10 or more"). */
const cap = 100_000;

export interface ExactRange {
  readonly revision: string;
  readonly indicator: string;
  readonly geo: string;
  readonly period: ReportPeriod;
  readonly published: TableCell['kind'];
  /** What the revision's own cells say (knownRange, intersected): the promise. */
  readonly promised: readonly [number, number];
  readonly lo: number;
  /** Infinity when nothing bounds it from above. */
  readonly hi: number;
}

export interface ExactAttack {
  readonly ranges: ExactRange[];
  /** Per indicator, the least unstated change per count that makes the publications agree; null when none up to the limit does. */
  readonly drift: Record<string, number | null>;
  /** Models optimised, for the tests' time budget. */
  readonly solves: number;
}

/** The promise of a published cell in full: "<10" keeps 1..9, a rounded r keeps r-2..r+2 (from 10), "suppressed" at least three values. */
export function keepsFullPromise(r: Pick<ExactRange, 'published' | 'promised' | 'lo' | 'hi'>): boolean {
  if (r.published === 'suppressed') return r.hi - r.lo + 1 >= 3;
  return r.lo <= r.promised[0] && r.hi >= r.promised[1];
}

/** A linear expression: coefficient by column. */
type Expression = Map<string, number>;

const add = (e: Expression, column: string, coefficient: number) => {
  const c = (e.get(column) ?? 0) + coefficient;
  if (c === 0) e.delete(column);
  else e.set(column, c);
};

const text = (e: Expression) =>
  [...e].map(([column, c], i) => `${c < 0 ? '- ' : i === 0 ? '' : '+ '}${Math.abs(c) === 1 ? '' : `${Math.abs(c)} `}${column}`).join(' ');

interface Model {
  readonly columns: Map<string, [number, number]>;
  readonly rows: string[];
}

function lpText(model: Model) {
  return [
    'Minimize',
    ` obj: 0 ${[...model.columns.keys()][0]}`,
    'Subject To',
    ...model.rows.map((row, i) => ` r${i}: ${row}`),
    'Bounds',
    ...[...model.columns].map(([c, [lo, hi]]) => ` ${lo} <= ${c} <= ${hi}`),
    'Generals',
    ...[...model.columns.keys()].map((c) => ` ${c}`),
    'End',
  ].join('\n');
}

/** Union-find over numbered items. */
function unionFind(size: number) {
  const parent = Array.from({ length: size }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  return { find, join: (a: number, b: number) => void (parent[find(a)] = find(b)) };
}

interface Setting {
  readonly indicator: ImpactIndicator;
  readonly revisions: readonly PublicRevision[];
  readonly known: readonly Knowledge[];
  readonly links: readonly { from: number; to: number; reason: RevisionLink['reason']; bounds: (readonly [number, number])[] }[];
  readonly geo: readonly string[];
  readonly period: readonly ReportPeriod[];
  /** The unknowns: commune-quarters when counts add up over time, else every node. */
  readonly atoms: readonly number[];
  /** The atoms each node is the sum of. */
  readonly atomsOf: readonly (readonly number[])[];
  readonly relations: ReturnType<typeof buildLattice>['relations'];
}

/**
 * The integer program. Without drift (`merged`), a count no note says changed is one unknown shared by the
 * revisions it links, which makes the model a fraction of the size; with drift, each revision has its own unknowns
 * and D bounds every unstated change.
 */
function buildModel(s: Setting, merged: boolean, maxDrift: number) {
  const size = s.atoms.length;
  const slot = new Map(s.atoms.map((a, j) => [a, j]));
  const same = unionFind(s.revisions.length * size);
  if (merged) {
    for (const link of s.links) {
      for (const a of s.atoms) {
        const [lo, hi] = link.bounds[a] as readonly [number, number];
        if (lo === 0 && hi === 0) same.join(link.from * size + (slot.get(a) as number), link.to * size + (slot.get(a) as number));
      }
    }
  }
  const name = (r: number, a: number) => {
    const root = same.find(r * size + (slot.get(a) as number));
    return `x${Math.floor(root / size)}_${s.atoms[root % size]}`;
  };
  const sumOf = (r: number, i: number, sign = 1, into: Expression = new Map()) => {
    for (const a of s.atomsOf[i] as number[]) add(into, name(r, a), sign);
    return into;
  };
  const model: Model = { columns: new Map(), rows: [] };
  s.known.forEach((k, r) => {
    for (const a of s.atoms) model.columns.set(name(r, a), [0, cap]);
    for (let i = 0; i < s.atomsOf.length; i++) {
      if ((s.atomsOf[i] as number[]).length === 0) continue;
      if ((k.bounds.lo[i] as number) > 0) model.rows.push(`${text(sumOf(r, i))} >= ${k.bounds.lo[i]}`);
      if ((k.bounds.hi[i] as number) < cap) model.rows.push(`${text(sumOf(r, i))} <= ${k.bounds.hi[i]}`);
    }
    if (s.indicator.additiveOverTime) return;
    for (const rel of s.relations) {
      const whole = name(r, rel.whole);
      const e: Expression = new Map([[whole, 1]]);
      for (const p of rel.parts) add(e, name(r, p), -1);
      if (rel.kind === 'sum') model.rows.push(`${text(e)} = 0`);
      else {
        model.rows.push(`${text(e)} <= 0`);
        for (const p of rel.parts) if (name(r, p) !== whole) model.rows.push(`${name(r, p)} - ${whole} <= 0`);
      }
    }
  });
  if (!merged) model.columns.set('D', [0, maxDrift]);
  for (const link of s.links) {
    for (let i = 0; i < s.atomsOf.length; i++) {
      const change = sumOf(link.from, i, -1, sumOf(link.to, i));
      if (change.size === 0) continue;
      const [lo, hi] = link.bounds[i] as readonly [number, number];
      if (merged) model.rows.push(`${text(change)} >= ${lo}`, `${text(change)} <= ${hi}`);
      else model.rows.push(`${text(change)} + D >= ${lo}`, `${text(change)} - D <= ${hi}`);
    }
    // Late records only ever add people: no count went down.
    if (link.reason === 'late_records') {
      for (const a of s.atoms) if (name(link.to, a) !== name(link.from, a)) model.rows.push(`${name(link.to, a)} - ${name(link.from, a)} >= 0`);
    }
  }
  return { text: lpText(model), name, sumOf };
}

/** Which published cells to solve for (all when omitted): a test may look at a few and save the rest of the work. */
type Watch = (cell: { revision: string; geo: string; period: ReportPeriod; published: TableCell['kind'] }) => boolean;

function attackIndicator(indicator: ImpactIndicator, revisions: readonly PublicRevision[], links: readonly RevisionLink[], communes: readonly string[], maxDrift: number, solver: LinearSolver, watch: Watch) {
  const all = revisions.flatMap((r) => r.tables).flatMap(cellsOf);
  const lattice = buildLattice(communes, new Set(all.map((c) => c.geo.slice(0, 2))), [...new Set(all.map((c) => c.period.year))], indicator.additiveOverTime);
  const known = revisions.map((r) => knowledgeOf(indicator, r.tables, communes, lattice));
  const geo = known[0]?.geo ?? [];
  const period = known[0]?.period ?? [];
  // Counts that add up over time are sums of commune-quarters: those are the only unknowns, every node their sum,
  // and the lattice's relations hold by construction. Distinct people over periods do not add up, so there every
  // node is an unknown and each relation a constraint.
  const additive = indicator.additiveOverTime;
  const within = (a: number, i: number) => {
    const p = period[a] as ReportPeriod;
    const q = period[i] as ReportPeriod;
    return (geo[a] as string).startsWith(geo[i] as string) && p.year === q.year && p.from >= q.from && p.to <= q.to;
  };
  const atoms = lattice.keys.map((_, i) => i).filter((i) => !additive || ((geo[i] as string).length === 6 && period[i]?.from === period[i]?.to));
  const atomsOf = lattice.keys.map((_, i) => (additive ? atoms.filter((a) => within(a, i)) : [i]));
  const order = new Map(revisions.map((r, i) => [r.id, i]));
  const linked = links.flatMap((link) => {
    const from = order.get(link.from);
    const to = order.get(link.to);
    if (from === undefined || to === undefined) return [];
    const stated = link.stated.filter((c) => c.indicator === indicator.id);
    return [{ from, to, reason: link.reason, bounds: lattice.keys.map((_, i) => changeBounds(geo[i] as string, period[i] as ReportPeriod, stated, 0)) }];
  });
  const setting: Setting = { indicator, revisions, known, links: linked, geo, period, atoms, atomsOf, relations: lattice.relations };

  let solves = 0;
  // First as if nothing changed beyond what the notes state (drift 0); only if that contradicts the publications,
  // the least drift that does not.
  let drift = 0;
  let model = buildModel(setting, true, 0);
  let session = solver(model.text);
  solves++;
  let first = session.minimise(new Map());
  if (!first) {
    session.dispose();
    const wide = buildModel(setting, false, maxDrift);
    const probe = solver(wide.text);
    solves++;
    const least = probe.minimise(new Map([['D', 1]]));
    if (!least) {
      probe.dispose();
      return { ranges: [], drift: null, solves };
    }
    drift = Math.round(least.value);
    probe.bound('D', drift, drift);
    model = wide;
    session = probe;
    first = least;
  }
  try {
    const watched: { r: number; i: number; key: string; kind: TableCell['kind']; promised: readonly [number, number] }[] = [];
    known.forEach((k, r) => k.shown.forEach((kind, i) => {
      const promised = [k.bounds.lo[i] as number, k.bounds.hi[i] as number] as const;
      // A count that reads the same in several revisions is one unknown: solved once.
      if (kind === undefined || promised[0] === promised[1]) return;
      if (watch({ revision: (revisions[r] as PublicRevision).id, geo: geo[i] as string, period: period[i] as ReportPeriod, published: kind })) watched.push({ r, i, key: text(model.sumOf(r, i)), kind, promised });
    }));
    // What the model itself holds each count to: every revision's cells that show it.
    const limits = new Map<string, [number, number]>();
    for (const w of watched) {
      const [lo, hi] = limits.get(w.key) ?? [0, cap];
      limits.set(w.key, [Math.max(lo, w.promised[0]), Math.min(hi, w.promised[1])]);
    }
    // Every solution found shows values each watched count can take; only an end not yet reached needs a solve.
    const seen = new Map<string, [number, number]>();
    const see = (values: ReadonlyMap<string, number>) => {
      for (const w of watched) {
        let value = 0;
        for (const [column, c] of model.sumOf(w.r, w.i)) value += c * (values.get(column) as number);
        const range = seen.get(w.key);
        seen.set(w.key, range ? [Math.min(range[0], value), Math.max(range[1], value)] : [value, value]);
      }
    };
    see(first.values);
    const exact = new Map<string, [number, number]>();
    for (const w of watched) {
      if (exact.has(w.key)) continue;
      const ends: [number, number] = [0, 0];
      for (const [end, sign] of [[0, 1], [1, -1]] as const) {
        const range = seen.get(w.key) as [number, number];
        // A solution already at the model's own limit is the optimum: no solve needed.
        if (range[end] === (limits.get(w.key) as [number, number])[end]) {
          ends[end] = range[end];
          continue;
        }
        solves++;
        const found = session.minimise(model.sumOf(w.r, w.i, sign));
        if (!found) throw new Error('The model became infeasible at its own least drift.');
        see(found.values);
        ends[end] = sign * Math.round(found.value);
      }
      exact.set(w.key, ends);
    }
    const ranges = watched.map((w): ExactRange => {
      const [lo, hi] = exact.get(w.key) as [number, number];
      return { revision: (revisions[w.r] as PublicRevision).id, indicator: indicator.id, geo: geo[w.i] as string, period: period[w.i] as ReportPeriod, published: w.kind, promised: w.promised, lo, hi: hi >= cap ? Number.POSITIVE_INFINITY : hi };
    });
    return { ranges, drift, solves };
  } finally {
    session.dispose();
  }
}

/**
 * Solve every published person count of every revision still public for its exact feasible range. `links` say which
 * revision followed which, what its note stated and why it was made; `maxDrift` is the largest unstated change per
 * count the attacker allows (the least that makes the publications agree is taken).
 */
export function solveRevisions(params: { revisions: readonly PublicRevision[]; links: readonly RevisionLink[]; communes: readonly string[]; solver: LinearSolver; maxDrift?: number; watch?: Watch }): ExactAttack {
  const indicators = new Map<string, ImpactIndicator>();
  for (const t of params.revisions.flatMap((r) => r.tables)) if (t.indicator.unit === 'person') indicators.set(t.indicator.id, t.indicator);
  const result = { ranges: [] as ExactRange[], drift: {} as Record<string, number | null>, solves: 0 };
  for (const [id, indicator] of indicators) {
    const revisions = params.revisions.map((r) => ({ id: r.id, tables: r.tables.filter((t) => t.indicator.id === id) }));
    const found = attackIndicator(indicator, revisions, params.links, params.communes, params.maxDrift ?? 3, params.solver, params.watch ?? (() => true));
    result.ranges.push(...found.ranges);
    result.drift[id] = found.drift;
    result.solves += found.solves;
  }
  return result;
}

/** Every shown non-zero count hidden: what the "<10" cells and zeros say on their own. */
function maskCounts(table: PublishedTable): PublishedTable {
  const mask = (cell: TableCell): TableCell => (cell.kind === 'count' && cell.value > 0 ? { kind: 'suppressed' } : cell);
  const row = (r: PublishedTable['rows'][number]) => ({ ...r, cells: r.cells.map(mask), total: r.total ? mask(r.total) : null });
  return { ...table, rows: table.rows.map(row), columnTotal: table.columnTotal ? row(table.columnTotal) : null };
}

/**
 * The ranges that break their cell's promise beyond what one publication's structure forces. Two "<10" communes of a
 * "<10" district bound each other (each at most 8) whatever else is shown: that is in the structure of that one
 * publication, so a "<10" counts as narrowed only where shown counts or other publications narrow it further
 * (attack.ts reads a single publication the same way).
 */
export function brokenPromises(attack: ExactAttack, params: Parameters<typeof solveRevisions>[0]): ExactRange[] {
  const broken = attack.ranges.filter((r) => !keepsFullPromise(r));
  const key = (r: ExactRange) => `${r.revision}|${r.indicator}|${r.geo}|${r.period.year}Q${r.period.from}-${r.period.to}`;
  const floor = new Map<string, ExactRange>();
  for (const id of new Set(broken.filter((r) => r.published === 'small').map((r) => r.revision))) {
    const revision = params.revisions.find((r) => r.id === id) as PublicRevision;
    const masked = solveRevisions({ ...params, revisions: [{ id, tables: revision.tables.map(maskCounts) }], links: [] });
    for (const r of masked.ranges) floor.set(key(r), r);
  }
  return broken.filter((r) => {
    if (r.published !== 'small') return true;
    const structural = floor.get(key(r));
    return !structural || r.lo > structural.lo || r.hi < structural.hi;
  });
}

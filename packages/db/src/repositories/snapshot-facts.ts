// What an impact snapshot counts, read from the frozen copy: each indicator as spells of people in communes.
import { and, eq, isNull, ne } from 'drizzle-orm';
import {
  familyBasedPlacementTypes,
  isReunification,
  serviceTypes,
  type ImpactIndicator,
  type IndicatorTopic,
  type PlacementType,
  type ServiceType,
} from '@kruosar/domain';
import type { Db } from '../client';
import { cases, closures, geoUnits, hiveCommunes, hiveIndependenceHistory, hiveNeeds, placements, services } from '../schema/index';
import { cambodiaToday } from './hive-facts';

/**
 * A person (child, household, need) in a commune from one day until another (exclusive; null: still). An event
 * such as a reunification is a spell of one day. Each person is later attributed to one commune per period.
 * `recordedAt` is when the record entered the system: a record entered after its quarter was published counts
 * when it was recorded (snapshot-counts.ts), so published figures stand.
 */
export type Spell = { person: string; commune: string; from: string; until: string | null; event: boolean; recordedAt: string };

export type IndicatorSource = {
  indicator: ImpactIndicator;
  spells: Spell[];
  /** Shown by commune for hive communes (never for sensitive topics: the domain refuses those anyway). */
  byCommune: boolean;
  /** One of the headline figures. */
  headline: boolean;
};

export type CaseFacts = { commune: string; registeredOn: string; registeredAt: string; firstContactAt: string | null };
export type NeedFacts = { commune: string; reportedOn: string; status: string };
export type HiveFacts = { communeCode: string; since: string; history: { date: string; index: number }[] };

export type SnapshotFacts = {
  /** Every commune of the gazetteer, for the geography context. */
  communes: string[];
  sources: IndicatorSource[];
  cases: CaseFacts[];
  needs: NeedFacts[];
  hives: HiveFacts[];
};

const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const dayOf = (iso: string) => cambodiaToday(new Date(iso));

const indicator = (id: string, topic: IndicatorTopic, additiveOverTime: boolean): ImpactIndicator => ({ id, topic, unit: 'person', additiveOverTime });

/** Services about finding, returning or placing a child are as sensitive as the placements themselves. */
const serviceTopic = (type: ServiceType): IndicatorTopic =>
  type === 'family_tracing' || type === 'family_reunification' ? 'reunification' : type === 'kinship_care_support' || type === 'foster_care_support' ? 'placement' : 'services';

export const serviceIndicatorId = (type: ServiceType) => `services.${type}`;

type CaseRow = { id: string; childId: string; householdId: string; communeCode: string; status: string; registeredAt: string; firstContactAt: string | null; updatedAt: string; createdAt: string };

function liveCases(db: Db): CaseRow[] {
  return db
    .select({ id: cases.id, childId: cases.childId, householdId: cases.householdId, communeCode: cases.communeCode, status: cases.status, registeredAt: cases.registeredAt, firstContactAt: cases.firstContactAt, updatedAt: cases.updatedAt, createdAt: cases.createdAt })
    .from(cases)
    .where(and(isNull(cases.archivedAt), ne(cases.status, 'duplicate')))
    .all();
}

function placementSources(db: Db, caseById: Map<string, CaseRow>): IndicatorSource[] {
  const rows = db
    .select({ caseId: placements.caseId, type: placements.type, startDate: placements.startDate, endDate: placements.endDate, createdAt: placements.createdAt })
    .from(placements)
    .where(isNull(placements.archivedAt))
    .all();
  const byCase = new Map<string, typeof rows>();
  for (const row of rows) byCase.set(row.caseId, [...(byCase.get(row.caseId) ?? []), row]);
  const reunified: Spell[] = [];
  const inFamilyCare: Spell[] = [];
  const familyBased = new Set<string>(familyBasedPlacementTypes);
  for (const [caseId, history] of byCase) {
    const c = caseById.get(caseId);
    if (!c) continue;
    history.sort((a, b) => a.startDate.localeCompare(b.startDate));
    history.forEach((p, i) => {
      const spell = { person: c.childId, commune: c.communeCode, from: p.startDate, recordedAt: p.createdAt };
      if (familyBased.has(p.type)) inFamilyCare.push({ ...spell, until: p.endDate, event: false });
      const previous = i > 0 ? (history[i - 1]!.type as PlacementType) : null;
      if (isReunification(previous, p.type as PlacementType)) reunified.push({ ...spell, until: nextDay(p.startDate), event: true });
    });
  }
  return [
    { indicator: indicator('children_reunified', 'reunification', true), spells: reunified, byCommune: false, headline: true },
    // A stock: a child in family care in two quarters is counted in both, and once in the year.
    { indicator: indicator('children_in_family_care', 'placement', false), spells: inFamilyCare, byCommune: false, headline: true },
  ];
}

function familySources(db: Db, caseRows: CaseRow[], caseById: Map<string, CaseRow>): IndicatorSource[] {
  const approved = db
    .select({ caseId: closures.caseId, reason: closures.reason, closedOn: closures.closedOn, decidedAt: closures.decidedAt, createdAt: closures.createdAt })
    .from(closures)
    .where(and(eq(closures.approvalState, 'approved'), isNull(closures.archivedAt)))
    .all();
  const closedOn = new Map<string, string>();
  for (const c of approved) if (!closedOn.has(c.caseId) || c.closedOn > closedOn.get(c.caseId)!) closedOn.set(c.caseId, c.closedOn);
  const supported = caseRows.map((c): Spell => {
    // A case closed without a closure record (imported, or seeded) ends on its last change.
    const end = closedOn.get(c.id) ?? (c.status === 'closed' || c.status === 'transferred' ? dayOf(c.updatedAt) : null);
    return { person: c.householdId, commune: c.communeCode, from: dayOf(c.registeredAt), until: end === null ? null : nextDay(end), event: false, recordedAt: c.createdAt };
  });
  const strengthened = approved.flatMap((closure): Spell[] => {
    const c = caseById.get(closure.caseId);
    // A closure counts once approved: that is when it was recorded.
    const recordedAt = closure.decidedAt ?? closure.createdAt;
    return c && closure.reason === 'goals_met' ? [{ person: c.householdId, commune: c.communeCode, from: closure.closedOn, until: nextDay(closure.closedOn), event: true, recordedAt }] : [];
  });
  return [
    { indicator: indicator('families_supported', 'family_support', false), spells: supported, byCommune: true, headline: true },
    { indicator: indicator('families_strengthened', 'family_support', true), spells: strengthened, byCommune: true, headline: true },
  ];
}

function serviceSources(db: Db, caseById: Map<string, CaseRow>): IndicatorSource[] {
  const rows = db
    .select({ caseId: services.caseId, type: services.type, deliveredOn: services.deliveredOn, createdAt: services.createdAt })
    .from(services)
    .where(isNull(services.archivedAt))
    .all();
  return serviceTypes.map((type) => ({
    // Children who received the service: a child served in two quarters counts in both, once in the year.
    indicator: indicator(serviceIndicatorId(type), serviceTopic(type), false),
    spells: rows.flatMap((s): Spell[] => {
      const c = caseById.get(s.caseId);
      return c && s.type === type ? [{ person: c.childId, commune: c.communeCode, from: s.deliveredOn, until: nextDay(s.deliveredOn), event: true, recordedAt: s.createdAt }] : [];
    }),
    byCommune: false,
    headline: false,
  }));
}

function needSources(needs: (NeedFacts & { id: string; category: string; receivedAt: string })[]): IndicatorSource[] {
  const spell = (n: (typeof needs)[number]): Spell => ({ person: n.id, commune: n.commune, from: n.reportedOn, until: nextDay(n.reportedOn), event: true, recordedAt: n.receivedAt });
  return [
    // Each need is about a child or family and counted as a person; violence and abuse concerns apart, by district only.
    { indicator: indicator('hive_needs_registered', 'hive_needs', true), spells: needs.filter((n) => n.category !== 'violence_or_abuse').map(spell), byCommune: true, headline: true },
    { indicator: indicator('hive_needs_abuse', 'abuse', true), spells: needs.filter((n) => n.category === 'violence_or_abuse').map(spell), byCommune: false, headline: false },
  ];
}

function hivesOf(db: Db): HiveFacts[] {
  const history = db.select().from(hiveIndependenceHistory).all();
  return db
    .select({ communeCode: hiveCommunes.communeCode, createdAt: hiveCommunes.createdAt })
    .from(hiveCommunes)
    .where(isNull(hiveCommunes.archivedAt))
    .all()
    .map((h) => {
      const points = history.filter((p) => p.communeCode === h.communeCode).map((p) => ({ date: p.recordedOn, index: p.independenceIndex }));
      points.sort((a, b) => a.date.localeCompare(b.date));
      // A hive entered after it started has its earlier history: it was active from its first record.
      const since = [dayOf(h.createdAt), ...points.map((p) => p.date)].sort()[0]!;
      return { communeCode: h.communeCode, since, history: points };
    })
    .sort((a, b) => a.communeCode.localeCompare(b.communeCode));
}

/** Everything the snapshot counts, from the frozen copy, in one pass per table. */
export function loadSnapshotFacts(db: Db): SnapshotFacts {
  const caseRows = liveCases(db);
  const caseById = new Map(caseRows.map((c) => [c.id, c]));
  const needs = db
    .select({ id: hiveNeeds.id, commune: hiveNeeds.communeCode, category: hiveNeeds.category, status: hiveNeeds.status, reportedAt: hiveNeeds.reportedAt, receivedAt: hiveNeeds.receivedAt })
    .from(hiveNeeds)
    // A report its volunteer took back before triage was never a need: it is not counted.
    .where(ne(hiveNeeds.status, 'withdrawn'))
    .all()
    .map((n) => ({ id: n.id, commune: n.commune, category: n.category, status: n.status, reportedOn: dayOf(n.reportedAt), receivedAt: n.receivedAt }));
  return {
    communes: db.select({ code: geoUnits.code }).from(geoUnits).where(eq(geoUnits.level, 'commune')).all().map((u) => u.code).sort(),
    sources: [...placementSources(db, caseById), ...familySources(db, caseRows, caseById), ...needSources(needs), ...serviceSources(db, caseById)],
    cases: caseRows.map((c) => ({ commune: c.communeCode, registeredOn: dayOf(c.registeredAt), registeredAt: c.registeredAt, firstContactAt: c.firstContactAt })),
    needs: needs.map(({ commune, reportedOn, status }) => ({ commune, reportedOn, status })),
    hives: hivesOf(db),
  };
}

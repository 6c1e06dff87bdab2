// Every English string has a Khmer translation and the other way round, with the same placeholders.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as domain from '@kruosar/domain';

const localesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../locales');

type Tree = { [key: string]: string | Tree };

function load(locale: string): Record<string, Tree> {
  const files = readdirSync(path.join(localesDir, locale)).filter((f) => f.endsWith('.json'));
  return Object.fromEntries(
    files.map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(path.join(localesDir, locale, f), 'utf8')) as Tree]),
  );
}

/** Flatten to "namespace:a.b.c" => value; a non-string leaf is reported as an error value. */
function flatten(tree: Tree, prefix: string, out: Map<string, unknown> = new Map()): Map<string, unknown> {
  for (const [key, value] of Object.entries(tree)) {
    const name = `${prefix}${key}`;
    if (value !== null && typeof value === 'object') flatten(value, `${name}.`, out);
    else out.set(name, value);
  }
  return out;
}

function allStrings(locale: string): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [ns, tree] of Object.entries(load(locale))) flatten(tree, `${ns}:`, out);
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

const en = allStrings('en');
const km = allStrings('km');
// Strings that are the same in both languages on purpose.
const sameInBoth = new Set(['common:brand', 'common:none']);

describe('locale files', () => {
  it('have the same namespaces in English and Khmer', () => {
    expect(Object.keys(load('km')).sort()).toEqual(Object.keys(load('en')).sort());
  });

  it('give every English key a non-empty Khmer translation', () => {
    const missing = [...en.keys()].filter((k) => typeof km.get(k) !== 'string' || (km.get(k) as string).trim() === '');
    expect(missing).toEqual([]);
  });

  it('have no Khmer key that English lacks, and no empty English string', () => {
    const extra = [...km.keys()].filter((k) => !en.has(k));
    const emptyEnglish = [...en].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k);
    expect(extra).toEqual([]);
    expect(emptyEnglish).toEqual([]);
  });

  it('translate rather than copy the English', () => {
    const copied = [...en].filter(([k, v]) => !sameInBoth.has(k) && km.get(k) === v).map(([k]) => k);
    expect(copied).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const mismatched = [...en]
      .filter(([k, v]) => typeof v === 'string' && typeof km.get(k) === 'string')
      .filter(([k, v]) => placeholders(v as string).join() !== placeholders(km.get(k) as string).join())
      .map(([k]) => k);
    expect(mismatched).toEqual([]);
  });

  it('say the programme\'s names in Khmer in Khmer sentences', () => {
    const english = [...km].filter(([, v]) => typeof v === 'string' && /Village Hive/.test(v)).map(([k]) => k);
    expect(english).toEqual([]);
  });

  it('contain no zero-width characters (the browser breaks Khmer lines itself)', () => {
    const withZeroWidth = [...en, ...km].filter(([, v]) => typeof v === 'string' && /[\u200b-\u200d\ufeff]/.test(v)).map(([k]) => k);
    expect(withZeroWidth).toEqual([]);
  });
});

describe('value labels', () => {
  // Each domain value list and the group of values.json that labels it.
  const lists: Record<string, readonly string[]> = {
    role: domain.roles,
    caseStage: domain.caseStages,
    caseStatus: domain.caseStatuses,
    riskLevel: domain.riskLevels,
    caseSource: domain.caseSources,
    protectionConcern: domain.protectionConcerns,
    needCategory: domain.needCategories,
    needUrgency: domain.needUrgencies,
    needStatus: domain.needStatuses,
    sex: domain.sexes,
    schoolStatus: domain.schoolStatuses,
    birthRegistration: domain.birthRegistrations,
    disability: domain.disabilities,
    relationship: domain.relationships,
    idPoor: domain.idPoorStatuses,
    incomeSource: domain.incomeSources,
    geoLevel: domain.geoLevels,
    needReferralAgency: domain.needReferralAgencies,
    committeeRole: domain.committeeRoles,
    hiveTrainingTopic: domain.hiveTrainingTopics,
    independenceStatus: domain.independenceStatuses,
    csiDomain: domain.csiDomains,
    serviceType: domain.serviceTypes,
    serviceOutcome: domain.serviceOutcomes,
    placementType: domain.placementTypes,
    followUpWellbeing: domain.followUpWellbeing,
    referralKind: domain.referralKinds,
    partnerAgencyKind: domain.partnerAgencyKinds,
    consentGiver: domain.consentGivers,
    referralStatus: domain.referralStatuses,
    closureReason: domain.closureReasons,
    childViewsNotGivenReason: domain.childViewsNotGivenReasons,
    approvalState: domain.approvalStates,
    caseNoteKind: domain.caseNoteKinds,
    duplicateReason: domain.duplicateReasons,
    availabilitySlot: domain.availabilitySlots,
    volunteerLanguage: domain.volunteerLanguages,
  };

  it.each(Object.entries(lists))('label every value of %s, and only those', (group, values) => {
    const labelled = [...en.keys()].filter((k) => k.startsWith(`values:${group}.`)).map((k) => k.slice(`values:${group}.`.length));
    expect(labelled.sort()).toEqual([...values].sort());
  });
});

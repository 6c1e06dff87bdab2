// Name search over FTS5: a labelled list of what people type and the children it must (and must not) find.
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@kruosar/db/testing';
import { CaseListInput } from '@kruosar/domain';
import { OU_MAL, intake, names, registerQuietly, seedTeam, staffCaller, villageIn } from './case-fixtures';

describe('cases.list name search', () => {
  const { db, cleanup } = createTestDatabase();
  afterAll(cleanup);
  const team = seedTeam(db);
  const at = new Date('2026-11-20T08:00:00.000Z');
  const registered = {
    dara: registerQuietly(db, team.caseworker, intake({ names: names.dara }), at),
    bopha: registerQuietly(db, team.caseworker, intake({ names: names.bopha, villageCode: villageIn[OU_MAL], sex: 'female' }), at),
    rathana: registerQuietly(db, team.caseworker, intake({ names: { givenNameLatin: 'Rathana', familyNameLatin: 'Heng', givenNameKm: 'រតនា', familyNameKm: 'ហេង' } }), at),
    vichet: registerQuietly(db, team.caseworker, intake({ names: names.vichet }), at),
  };
  const search = async (typed: string) => {
    const page = await staffCaller(db, team.supervisor).cases.list(CaseListInput.parse({ search: typed }));
    return page.items.map((c) => Object.entries(registered).find(([, r]) => r.caseId === c.id)?.[0]);
  };

  // [what is typed, the children it finds in rank order ('*' = every child: a household member's name)]
  const labelled: [string, string[]][] = [
    ['Sok Dara', ['dara']],
    ['Dara Sok', ['dara']],
    ['dara', ['dara']],
    ['ហេង រតនា', ['rathana']],
    ['ហេងរតនា', ['rathana']],
    ['រតនា ហេង', ['rathana']],
    ['រតនា', ['rathana']],
    ['Heng Rathana', ['rathana']],
    ['bopha keo', ['bopha']],
    ['បុប្ផា', ['bopha']],
    ['Vichet Lim', ['vichet']],
    ['Sok Dara Lim', []],
    ['Thida', []],
  ];
  it.each(labelled)('"%s" finds %j', async (typed, expected) => {
    expect(await search(typed)).toEqual(expected);
  });

  it("finds every child of a household by a member's name, in either script", async () => {
    // Every intake of the fixtures has the mother Sok Sreymom (សុខ ស្រីមុំ).
    expect((await search('Sreymom')).sort()).toEqual(Object.keys(registered).sort());
    expect((await search('ស្រីមុំ')).sort()).toEqual(Object.keys(registered).sort());
  });

  it('ranks the child named ahead of children whose household has the name', async () => {
    // "Sok" is Dara's family name and the family name of every household's members.
    const found = await search('Sok Dara');
    expect(found[0]).toBe('dara');
  });

  it('keeps the index in step with a renamed child', async () => {
    db.$client.prepare("update children set given_name_latin = 'Sophea' where id = (select child_id from cases where id = ?)").run(registered.vichet.caseId);
    expect(await search('Sophea Lim')).toEqual(['vichet']);
    expect(await search('Vichet Lim')).toEqual([]);
  });
});

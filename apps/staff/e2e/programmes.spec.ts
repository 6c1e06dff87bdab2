// Programmes: on a tablet, a caseworker adds today's session at the demo community centre and takes attendance for
// 30 children: 29 regulars ticked (one found by a name search) and one newcomer who turns out to be a child with a
// case, linked to that child rather than registered twice; meals served; saved at once. The reach report counts
// them; the analyst sees the children who come without names. Axe in English and Khmer on every new screen.
import { expect, test, type Page } from '@playwright/test';
import { expectAccessibleInBothLanguages, signInToStaff, staffPage } from '@kruosar/playwright-config';

const TABLET = { viewport: { width: 820, height: 1180 }, hasTouch: true };

async function choose(page: Page, label: string, option: string) {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await page.getByRole('combobox', { name: new RegExp(`^${escaped}(\\s|$)`) }).first().click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await expect(page.getByRole('listbox')).toHaveCount(0);
}

type CaseChild = { reference: string; givenNameKm: string; familyNameKm: string; givenNameLatin: string; familyNameLatin: string; sex: 'female' | 'male' | 'other'; dateOfBirth: string };

/** A child with a case in the caseworker's caseload, as the API gives it: the newcomer who will come to the centre. */
async function childWithACase(page: Page): Promise<CaseChild> {
  const get = async (procedure: string, input: unknown) => {
    const response = await page.request.get(`/api/staff/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`);
    expect(response.ok()).toBe(true);
    return ((await response.json()) as { result: { data: unknown } }).result.data;
  };
  const list = (await get('cases.list', { page: 1, pageSize: 25 })) as { items: { id: string; reference: string }[] };
  const first = list.items.find(Boolean)!;
  const detail = (await get('cases.byId', { caseId: first.id })) as { child: Omit<CaseChild, 'reference'> };
  return { reference: first.reference, ...detail.child };
}

test('a centre session takes attendance for 30 children on a tablet, one of them a newcomer who already has a case', async ({ browser }) => {
  test.setTimeout(540_000);
  const page = await (await browser.newContext(TABLET)).newPage();
  await signInToStaff(page, 'caseworker');
  const child = await childWithACase(page);

  await page.getByRole('link', { name: 'Programmes' }).click();
  await expect(page.getByTestId('programme-list')).toContainText('Rottanak community centre (demo)');
  await expectAccessibleInBothLanguages(page);
  await page.getByRole('link', { name: 'Rottanak community centre (demo)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rottanak community centre (demo)' })).toBeVisible();
  await expect(page.getByTestId('session-row')).toHaveCount(10);

  // Today's session at the centre.
  await page.getByRole('button', { name: 'Add a session' }).click();
  await page.getByLabel('Activity').fill('Homework club and lunch');
  await expectAccessibleInBothLanguages(page);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('session-row')).toHaveCount(11);
  await page.getByRole('link', { name: /^Take attendance: Rottanak centre \(demo\)/ }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Attendance' })).toBeVisible();

  // The centre's regulars are listed: tick 28 by touch, and find one more by name.
  const list = page.getByTestId('attendance-list');
  await expect(list.getByRole('checkbox')).toHaveCount(60);
  for (let i = 0; i < 28; i++) await list.getByRole('checkbox').nth(i).tap();
  await expect(page.getByTestId('ticked-count')).toHaveText('28 children ticked');
  const unticked = list.getByRole('listitem').filter({ has: page.getByRole('checkbox', { checked: false }) }).first();
  const name = (await unticked.getByTestId('child-name').innerText()).trim();
  await page.getByLabel('Find a child by name').fill(name.split(' ')[1]!.slice(0, 4));
  await list.getByRole('listitem').filter({ hasText: name }).getByRole('checkbox', { checked: false }).first().press('Space');
  await page.getByLabel('Find a child by name').fill('');
  await expect(page.getByTestId('ticked-count')).toHaveText('29 children ticked');

  // A newcomer: the duplicate check finds the child's case, and the newcomer is linked to that child.
  await page.getByRole('button', { name: 'Add a newcomer' }).click();
  await page.getByLabel('Family name (Khmer)').fill(child.familyNameKm);
  await page.getByLabel('Given name (Khmer)').fill(child.givenNameKm);
  await page.getByLabel('Family name (Latin letters)').fill(child.familyNameLatin);
  await page.getByLabel('Given name (Latin letters)').fill(child.givenNameLatin);
  await choose(page, 'Sex', { female: 'Female', male: 'Male', other: 'Other' }[child.sex]);
  await page.getByLabel('Year of birth').fill(child.dateOfBirth.slice(0, 4));
  await page.getByRole('button', { name: 'Check and add' }).click();
  await expect(page.getByRole('alert')).toContainText("The guardian's consent is needed");
  await page.getByRole('checkbox', { name: "The guardian agrees to the child's details being kept" }).click();
  await page.getByRole('button', { name: 'Check and add' }).click();
  const match = page.getByTestId('newcomer-match').filter({ hasText: `case ${child.reference}` });
  await expect(match).toContainText(`${child.familyNameLatin} ${child.givenNameLatin}`);
  await expectAccessibleInBothLanguages(page);
  await match.getByRole('button', { name: 'This is the child: link to the case' }).click();
  await expect(list).toContainText(`case ${child.reference}`);
  await expect(page.getByTestId('ticked-count')).toHaveText('30 children ticked');

  await page.getByLabel('Meals served').fill('30');
  await page.getByRole('button', { name: 'Save attendance' }).click();
  await expect(page.getByText('Attendance saved: 30 children.')).toBeVisible();
  await expectAccessibleInBothLanguages(page);

  // Opened again, the list is as saved, the newcomer now a participant linked to the child's case.
  await page.reload();
  await expect(page.getByTestId('ticked-count')).toHaveText('30 children ticked');
  await expect(list.getByRole('listitem').filter({ hasText: `case ${child.reference}` }).getByRole('checkbox')).toBeChecked();

  // The reach report counts the children; the participants list shows who they are to the caseworker.
  await page.goto('/staff/programmes/reach');
  await expect(page.getByTestId('reach-quarters')).toContainText('Rottanak community centre (demo)');
  await expectAccessibleInBothLanguages(page);
  await page.goto('/staff/programmes/participants');
  await expect(page.getByTestId('participant-list')).toBeVisible();
  await expectAccessibleInBothLanguages(page);
  await page.getByLabel('Search by name or code').fill(child.givenNameLatin.replace(' (demo)', ''));
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByTestId('participant-list')).toContainText(child.reference);

  // The analyst sees codes, never names.
  const analyst = await staffPage(browser, 'analyst');
  await analyst.goto('/staff/programmes/participants');
  await expect(analyst.getByTestId('participant-list')).toBeVisible();
  await expect(analyst.getByRole('columnheader', { name: 'Name' })).toHaveCount(0);
  await expect(analyst.getByTestId('participant-list')).not.toContainText('(demo)');
  await expect(analyst.getByLabel('Search by code (P-000123)')).toBeVisible();
});

// Duplicates: the demo's child registered twice (Rachana, "Sok" and "Sokh", nine days apart). A supervisor marks
// one record as the same as the other, compares them side by side, picks the surviving value of each differing
// field, merges, sees both registrations' cases and notes on the one child with the set-aside values in the merge
// history, then undoes the merge and finds the two records apart again. Axe in English and Khmer on the new screens.
import { expect, test, type Page } from '@playwright/test';
import { expectAccessibleInBothLanguages, signInToStaff } from '@kruosar/playwright-config';

/**
 * The two demo cases of the duplicate pair, as [reference, url]. Earlier tests may open more cases for these
 * children, so the pair are the first-registered (lowest reference) "Sok" and "Sokh" Rachana.
 */
async function duplicatePair(page: Page): Promise<{ reference: string; href: string }[]> {
  await page.goto('/staff/cases');
  await page.getByLabel('Search by name or reference').fill('Rachana');
  // The search also finds spelling variants of the name; the pair carry exactly this one.
  const rows = page.getByTestId('case-row').filter({ hasText: 'Rachana (demo)' });
  await expect(rows.filter({ hasText: 'Sokh Rachana (demo)' }).first()).toBeVisible();
  await expect(rows.filter({ hasText: /Sok Rachana \(demo\)/ }).first()).toBeVisible();
  const found = await rows.evaluateAll((elements) =>
    elements.map((row) => {
      const link = row.querySelector('th a, [role="rowheader"] a');
      return { text: row.textContent ?? '', reference: (link?.textContent ?? '').trim(), href: link?.getAttribute('href') ?? '' };
    }),
  );
  const firstOf = (pattern: RegExp) => found.filter((r) => pattern.test(r.text)).sort((x, y) => x.reference.localeCompare(y.reference))[0]!;
  const pair = [firstOf(/Sok Rachana \(demo\)/), firstOf(/Sokh Rachana \(demo\)/)].map(({ reference, href }) => ({ reference, href }));
  return pair.sort((a, b) => a.reference.localeCompare(b.reference));
}

async function childSection(page: Page, href: string) {
  await page.goto(href.startsWith('/staff') ? href : `/staff${href}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  return page.getByTestId('section-child');
}

test('supervisor merges the demo duplicate pair, sees both histories on one child, and undoes the merge', async ({ page }) => {
  test.setTimeout(240_000);
  await signInToStaff(page, 'supervisor');
  const [first, second] = await duplicatePair(page);
  const survivorSection = await childSection(page, first!.href);
  const firstFamily = (await survivorSection.innerText()).includes('Sokh') ? 'Sokh' : 'Sok';
  const secondFamily = firstFamily === 'Sok' ? 'Sokh' : 'Sok';

  const panel = page.getByTestId('merge-panel-child');
  await expect(panel).toContainText('No other record has been merged into this one.');
  await panel.getByRole('link', { name: 'Mark as the same as…' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mark this child as the same as another' })).toBeVisible();
  await expectAccessibleInBothLanguages(page);

  // A reference that is no case: a clear message, nothing else.
  await page.getByLabel('Case reference of the other record').fill('KR-1999-99999');
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page.getByRole('alert')).toBeVisible();

  await page.getByLabel('Case reference of the other record').fill(second!.reference);
  await page.getByRole('button', { name: 'Compare' }).click();
  const table = page.getByTestId('merge-compare');
  await expect(table).toBeVisible();
  await expect(page.getByTestId('merge-field-familyNameLatin')).toContainText('Differs');
  await expect(page.getByTestId('merge-field-givenNameLatin')).toContainText('Same');
  await expectAccessibleInBothLanguages(page);

  // Merging before choosing every differing value is refused, in words.
  await page.getByRole('button', { name: 'Merge the two records' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Choose which value to keep for every field that differs.' })).toBeVisible();
  await page.getByRole('radiogroup', { name: 'Which value to keep for Family name (Latin letters)' }).getByRole('radio', { name: "This record's" }).check();
  await page.getByRole('radiogroup', { name: 'Which value to keep for Date of birth', exact: true }).getByRole('radio', { name: "The other's" }).check();
  await page.getByRole('radiogroup', { name: 'Which value to keep for Date of birth is estimated' }).getByRole('radio', { name: "The other's" }).check();
  await page.getByRole('button', { name: 'Merge the two records' }).click();

  // Back on the surviving record: the history names the merged record and what was set aside.
  await expect(page).toHaveURL(new RegExp(`${first!.href}$`));
  const history = page.getByTestId('merge-history');
  await expect(history).toContainText(`${secondFamily} Rachana (demo)`);
  await expect(history).toContainText(`Family name (Latin letters): kept ${firstFamily}, set aside ${secondFamily}`);
  await expect(history).toContainText('Date of birth is estimated: kept');

  // The second registration's case is now the survivor's: its child section shows the surviving names, and its
  // note is still there.
  const other = await childSection(page, second!.href);
  await expect(other).toContainText(`${firstFamily} Rachana (demo)`);
  await page.getByRole('tab', { name: 'Notes', exact: true }).click();
  await expect(page.getByRole('main')).toContainText(firstFamily === 'Sok' ? 'Registered again by the outreach team' : 'First registration, at the commune office');

  // Undo from the survivor's history: both records apart again, as they were.
  await childSection(page, first!.href);
  await history.getByRole('button', { name: 'Undo merge' }).click();
  await history.getByRole('button', { name: 'Yes, undo the merge' }).click();
  await expect(history).toContainText('Undone on');
  await expect(history.getByRole('button', { name: 'Undo merge' })).toHaveCount(0);
  const apart = await childSection(page, second!.href);
  await expect(apart).toContainText(`${secondFamily} Rachana (demo)`);
  expect((await duplicatePair(page)).map((p) => p.reference)).toEqual([first!.reference, second!.reference]);
});

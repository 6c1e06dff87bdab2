// The whole road of a figure: an analyst builds and sends a quarter from the demo data, an admin approves it,
// the analyst publishes it, and the public impact page (nobody signed in) shows it with "<10" explained; axe
// finds nothing in English or Khmer. Then a volunteer signs up for a shift near children and is held until
// safeguarding is cleared. Both portals are served by the one demo server this config starts.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, signInToStaff } from '@kruosar/playwright-config';

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByLabel('Username')).toBeVisible();
}

/** The last quarter that has ended in Cambodia: the demo publishes the one before it, so this one is free. */
function lastEndedQuarter(now = new Date()): { year: number; number: number } {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Phnom_Penh' }).format(now);
  const index = Number(today.slice(0, 4)) * 4 + Math.floor((Number(today.slice(5, 7)) - 1) / 3) - 1;
  return { year: Math.floor(index / 4), number: (index % 4) + 1 };
}

test('analyst builds and sends a quarter, admin approves, analyst publishes, the public sees it with "<10" explained', async ({ page, browser }) => {
  const quarter = lastEndedQuarter();

  // The analyst builds the last quarter that has ended, from a frozen copy of the demo data.
  await signInToStaff(page, 'analyst');
  await page.getByRole('navigation').getByRole('link', { name: 'Impact snapshots' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Impact snapshots' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Quarter' })).toHaveText(`Q${quarter.number} ${quarter.year}`);
  await page.getByRole('button', { name: 'Build snapshot' }).click();
  await expect(page).toHaveURL(/\/staff\/snapshots\/[0-9a-f-]{36}$/, { timeout: 60_000 });
  const snapshotUrl = page.url();
  await expect(page.getByTestId('snapshot-status')).toHaveText('Draft');
  // Analysts check the draft against the true counts; supporters never see those.
  await expect(page.getByTestId('raw-count').first()).toBeVisible();
  await page.getByRole('button', { name: 'Send for review' }).click();
  await expect(page.getByTestId('snapshot-status')).toHaveText('In review');
  await expect(page.getByText('You built this snapshot, so another analyst or an admin reviews it.')).toBeVisible();
  await signOut(page);

  // A second person reviews: the admin (the demo has one analyst). Admins see no raw counts.
  await signInToStaff(page, 'admin');
  await page.goto(snapshotUrl);
  await expect(page.getByTestId('snapshot-status')).toHaveText('In review');
  await expect(page.getByTestId('headline-row').first()).toBeVisible();
  await expect(page.getByTestId('raw-count')).toHaveCount(0);
  await page.getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByTestId('snapshot-status')).toHaveText('Approved');
  await expect(page.getByText('Approved. An analyst publishes it.')).toBeVisible();
  await signOut(page);

  // The analyst publishes, after a warning that a publication never changes.
  await signInToStaff(page, 'analyst');
  await page.goto(snapshotUrl);
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByText('a published snapshot never changes', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(page.getByTestId('snapshot-status')).toHaveText('Published');

  // The public page, with nobody signed in.
  const visitor = await browser.newContext();
  const publicPage = await visitor.newPage();
  await publicPage.goto('/supporters/');
  await expect(publicPage.getByText(`Quarter ${quarter.number} of ${quarter.year}, published`)).toBeVisible();
  const small = publicPage.getByTestId('impact-figure').filter({ hasText: '<10' }).first();
  await expect(small).toBeVisible();
  await expect(small.getByRole('definition').first()).toHaveAccessibleDescription(/“<10” means a number from 1 to 9/);
  // Each figure names its period: a count for the quarter the chart ends on (the year so far only where the
  // quarter is hidden).
  await expect(small.getByTestId('impact-figure-period')).toHaveText(`Q${quarter.number} ${quarter.year}`);
  await publicPage.getByText('Why <10?', { exact: true }).last().click();
  await expect(publicPage.getByText('neighbours could guess who they are', { exact: false })).toBeVisible();

  // Charts and the map have their numbers as tables too.
  await expect(publicPage.getByRole('img', { name: /Bar chart of .* by quarter/ })).toBeVisible();
  await expect(publicPage.getByRole('img', { name: /Map of .* by district/ })).toBeVisible();
  // The map's layers cover different periods, and its legend says which.
  const yearSoFar = quarter.number === 4 ? `${quarter.year}` : quarter.number === 1 ? `Q1 ${quarter.year}` : `Q1–Q${quarter.number} ${quarter.year}`;
  await expect(publicPage.getByTestId('map-periods')).toContainText(`Districts: ${yearSoFar}.`);
  const services = publicPage.getByRole('region', { name: 'Services by type' });
  await services.getByRole('button', { name: 'Show the numbers as a table' }).click();
  await expect(services.getByRole('button', { name: 'Hide the table' })).toHaveAttribute('aria-expanded', 'true');
  await expect(publicPage.getByRole('table', { name: 'Services by type' })).toBeVisible();
  await expect(publicPage.getByTestId('hive-progress').first()).toBeVisible();
  await expectNoAxeViolations(publicPage);

  // A published table downloads as CSV, "<10" and "x" as on the page.
  const download = publicPage.waitForEvent('download');
  await publicPage.getByRole('button', { name: 'Download CSV: Families supported, province' }).click();
  expect((await download).suggestedFilename()).toMatch(new RegExp(`^kruosar-impact-${quarter.year}-Q${quarter.number}-r1-families_supported\\.province\\.csv$`));

  await publicPage.getByRole('button', { name: 'ខ្មែរ' }).click();
  await expect(publicPage.locator('html')).toHaveAttribute('lang', 'km');
  await expect(publicPage.getByRole('heading', { level: 2, name: 'អំពីតួលេខទាំងនេះ' })).toBeVisible();
  await expectNoAxeViolations(publicPage);

  // The printable annual summary of that year.
  await publicPage.getByRole('button', { name: 'EN' }).click();
  await publicPage.getByRole('link', { name: `Printable annual summary ${quarter.year}` }).click();
  await expect(publicPage.getByRole('heading', { level: 1, name: `Annual summary ${quarter.year}` })).toBeVisible();
  await expect(publicPage.getByTestId('annual-figure').first()).toBeVisible();
  // The printed page names who publishes it (the server's setting) and the period it covers.
  await expect(publicPage.getByTestId('annual-organisation')).toHaveText('Published by Kruosar');
  await expect(publicPage.getByTestId('annual-period')).toContainText(String(quarter.year));
  await expect(publicPage.getByRole('button', { name: 'Print' })).toBeEnabled();
  await expectNoAxeViolations(publicPage);
  await visitor.close();
});

test('volunteer signs up for a shift near children and is held pending safeguarding', async ({ page }) => {
  await page.goto('/supporters/sign-in');
  await page.getByLabel('Username').fill('volunteer');
  await page.getByLabel('Password').fill('kruosar-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/supporters\/volunteer$/);
  await expect(page.getByTestId('safeguarding-status')).toHaveText('Not yet cleared');

  const shift = page.getByTestId('shift').filter({ has: page.getByRole('heading', { name: 'Reading club at the community centre (demo)' }) });
  await expect(shift.getByText('Near children')).toBeVisible();
  await expect(shift.getByText('Your place will be held until your safeguarding is cleared.')).toBeVisible();
  const placesBefore = await shift.getByTestId('places-left').innerText();
  await shift.getByRole('button', { name: 'Sign up' }).click();

  const result = page.getByTestId('signup-result');
  await expect(result).toContainText('It is pending safeguarding.');
  await expect(result.getByTestId('safeguarding-missing')).toContainText('a background check, recorded by our staff');
  await expect(result.getByTestId('safeguarding-missing')).toContainText('the signed code of conduct');
  await expect(shift.getByText('Waiting for safeguarding clearance')).toBeVisible();
  await expect(shift.getByTestId('places-left')).not.toHaveText(placesBefore);
  const mine = page.getByTestId('my-signup').filter({ hasText: 'Reading club at the community centre (demo)' });
  await expect(mine.getByTestId('signup-status')).toHaveText('Waiting for safeguarding clearance');
  await expectNoAxeViolations(page);
});

test('a correction is a new version with a reason and a note; the publication it replaces stays readable, marked as replaced', async ({ page, browser }) => {
  // Protecting a correction jointly with every public publication takes seconds; a busy machine needs more.
  test.setTimeout(180_000);
  await signInToStaff(page, 'analyst');
  await page.goto('/staff/snapshots');
  await page.getByTestId('snapshot-row').filter({ hasText: 'Published' }).first().getByRole('link').click();
  const originalUrl = page.url();
  await page.getByLabel('Why is it corrected?').selectOption('late_records');
  // The note may hold no number (not even the 2 of "e2e") and no place below the province: it would tell a
  // reader which figure changed, and by how much.
  await page.getByLabel('A few words for supporters (optional)').fill('Two services recorded late were added (e2e).');
  await page.getByRole('button', { name: 'Build a correction' }).click();
  await expect(page.locator('#correction-note-error')).toContainText('numbers or places below the province');
  await page.getByLabel('A few words for supporters (optional)').fill('Services recorded late were added (browser test).');
  await page.getByRole('button', { name: 'Build a correction' }).click();
  await expect(page).not.toHaveURL(originalUrl, { timeout: 60_000 });
  await expect(page.getByRole('heading', { level: 1 })).toContainText('version 2');
  await expect(page.getByTestId('snapshot-status')).toHaveText('Draft');
  await page.getByRole('button', { name: 'Send for review' }).click();
  await expect(page.getByTestId('snapshot-status')).toHaveText('In review');
  const correctionUrl = page.url();
  await signOut(page);

  await signInToStaff(page, 'admin');
  await page.goto(correctionUrl);
  await page.getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByTestId('snapshot-status')).toHaveText('Approved');
  await signOut(page);

  await signInToStaff(page, 'analyst');
  await page.goto(correctionUrl);
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(page.getByTestId('snapshot-status')).toHaveText('Published');
  await page.goto(originalUrl);
  await expect(page.getByTestId('snapshot-status')).toHaveText('Replaced by a correction');
  await expect(page.getByTestId('superseded')).toBeVisible();
  await expectNoAxeViolations(page);

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto('/supporters/');
  await expect(visitor.getByTestId('correction-note')).toContainText('Services recorded late were added (browser test).');
  await visitor.getByRole('combobox', { name: 'Publication' }).click();
  await visitor.getByRole('option', { name: /version 1.*Replaced by a correction/ }).first().click();
  await expect(visitor.getByTestId('superseded-note')).toBeVisible();
  await expect(visitor.getByTestId('published-table').first()).toBeVisible();
  await expectNoAxeViolations(visitor);
});

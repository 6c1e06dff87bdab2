// Intake with a duplicate warning, the case page with an edit, a stale edit from a second browser that is refused
// and keeps its input, and a supervisor's bulk assignment of every matching case; axe on the intake and case page.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations, staffPage } from '@kruosar/playwright-config';

async function choose(page: Page, combobox: Locator, option: string | RegExp) {
  await combobox.click();
  await page.getByRole('option', { name: option, exact: typeof option === 'string' }).click();
  await expect(page.getByRole('listbox')).toHaveCount(0);
}

type ExistingChild = {
  familyNameKm: string;
  givenNameKm: string;
  familyNameLatin: string;
  givenNameLatin: string;
  sex: string;
  /** yyyy-mm-dd, or the estimated age in years. */
  birth: { estimated: false; date: string } | { estimated: true; age: string };
  village: string;
  commune: string;
};

/** Reads a registered child from their case page, through the child's edit form (Cancel leaves it unchanged). */
async function readChild(page: Page): Promise<ExistingChild> {
  const commune = (await page.getByText(/^Commune:/).innerText()).replace(/^Commune:\s*/, '').trim();
  const villageFacts = await page.getByTestId('section-household').locator('.rt-DataListItem').filter({ hasText: 'Village' }).innerText();
  const village = villageFacts.replace(/^Village\s*/, '').split(',')[0]!.trim();
  await page.getByRole('button', { name: "Edit the child's details" }).click();
  const form = page.getByRole('form', { name: "Edit the child's details" });
  const value = (label: string) => form.getByLabel(label, { exact: true }).inputValue();
  const estimated = await form.getByRole('radio', { name: 'Estimated age' }).isChecked();
  const child: ExistingChild = {
    familyNameKm: await value('Family name (Khmer)'),
    givenNameKm: await value('Given name (Khmer)'),
    familyNameLatin: await value('Family name (Latin letters)'),
    givenNameLatin: await value('Given name (Latin letters)'),
    sex: (await form.getByRole('radiogroup', { name: 'Sex' }).getByRole('radio', { checked: true }).getAttribute('value'))!,
    birth: estimated ? { estimated: true, age: await value('Age in years (estimate)') } : { estimated: false, date: await value('Date of birth') },
    village,
    commune,
  };
  await form.getByRole('button', { name: 'Cancel' }).click();
  return child;
}

async function fillIntake(page: Page, child: ExistingChild) {
  await page.getByLabel('Family name (Khmer)').fill(child.familyNameKm);
  await page.getByLabel('Given name (Khmer)').fill(child.givenNameKm);
  await page.getByLabel('Family name (Latin letters)').fill(child.familyNameLatin);
  await page.getByLabel('Given name (Latin letters)').fill(child.givenNameLatin);
  await page.getByRole('radiogroup', { name: 'Sex' }).locator(`[role=radio][value="${child.sex}"]`).click();
  if (child.birth.estimated) {
    await page.getByRole('radio', { name: 'Estimated age' }).click();
    await page.getByLabel('Age in years (estimate)').fill(child.birth.age);
  } else {
    await page.getByLabel('Date of birth', { exact: true }).fill(child.birth.date);
  }
  await choose(page, page.getByRole('combobox', { name: 'School' }), 'In school');
  await page.getByRole('radio', { name: 'Birth registered' }).click();
  await choose(page, page.getByRole('combobox', { name: 'Commune' }), child.commune);
  await choose(page, page.getByRole('combobox', { name: 'Village' }), child.village);
  await page.getByRole('radio', { name: 'IDPoor level 2' }).click();
  await page.getByRole('button', { name: 'Add a household member' }).click();
  const member = page.getByTestId('household-member').first();
  await member.getByLabel('Name (Khmer)').fill('សុខ ស្រីមុំ');
  await member.getByLabel(/Name \(Latin letters\)/).fill('Sok Sreymom');
  await choose(page, member.getByRole('combobox', { name: 'Relationship to the child' }), 'Grandmother');
  await choose(page, member.getByRole('combobox', { name: 'Sex' }), 'Female');
  await member.getByLabel('Caregiver of the child').click();
  await page.getByRole('radio', { name: /^Medium/ }).click();
  await page.getByRole('checkbox', { name: 'Neglect' }).click();
  await page.getByLabel(/^Summary/).fill('Lives with the grandmother; parents work in Thailand. (e2e)');
}

test('caseworker: intake warns of a duplicate, registers anyway, edits the case; a stale edit is refused and keeps its input', async ({ browser }) => {
  const page = await staffPage(browser, 'caseworker');

  // An existing demo child, read from their case page.
  await page.getByRole('link', { name: 'Caseload' }).click();
  const firstCase = page.getByTestId('case-row').first().getByRole('rowheader').getByRole('link');
  const existingReference = (await firstCase.innerText()).trim();
  await firstCase.click();
  await expect(page.getByTestId('case-reference')).toHaveText(existingReference);
  const child = await readChild(page);

  // Intake: missing answers are named next to their fields, in English.
  await page.getByRole('link', { name: 'New case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Register a child' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Register', exact: true }).click();
  const familyName = page.getByLabel('Family name (Khmer)');
  await expect(familyName).toHaveAttribute('aria-invalid', 'true');
  await expect(familyName).toBeFocused();
  const describedBy = (await familyName.getAttribute('aria-describedby'))!;
  await expect(page.locator(`[id="${describedBy.split(' ').pop()}"]`)).toHaveText('Fill in this field.');

  // The same names, birth and village as the existing child: the possible duplicate is shown before saving.
  await fillIntake(page, child);
  await expect(page.getByText('First contact is due by')).toBeVisible();
  await page.getByRole('button', { name: 'Register', exact: true }).click();
  const duplicates = page.getByTestId('possible-duplicates');
  await expect(duplicates.getByRole('heading', { name: /This child may already be registered/ })).toBeFocused();
  await expect(duplicates.getByTestId('duplicate-row').filter({ hasText: existingReference })).toHaveCount(1);
  await expect(duplicates.getByRole('link', { name: `This is the same child: open ${existingReference}` })).toBeVisible();
  await expectNoAxeViolations(page);

  // Not the same child (a cousin with the same name): register anyway.
  await duplicates.getByRole('button', { name: 'None of these: register anyway' }).click();
  await expect(page).toHaveURL(/\/staff\/cases\/[0-9a-f-]{36}$/);
  const newReference = (await page.getByTestId('case-reference').innerText()).trim();
  expect(newReference).not.toBe(existingReference);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`${child.familyNameLatin} ${child.givenNameLatin}`);
  await expect(page.getByText(/First contact due by/)).toBeVisible();
  await expect(page.getByTestId('case-summary')).toHaveText('Lives with the grandmother; parents work in Thailand. (e2e)');
  await expectNoAxeViolations(page);

  // Edit the summary.
  const caseUrl = page.url();
  await page.getByRole('button', { name: 'Edit case details' }).click();
  await page.getByLabel(/^Summary/).fill('Grandmother cares for the child; first visit planned. (e2e)');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('case-summary')).toHaveText('Grandmother cares for the child; first visit planned. (e2e)');

  // A second browser opens the same case and starts editing from this version...
  const second = await staffPage(browser, 'caseworker');
  await second.goto(caseUrl);
  await second.getByRole('button', { name: 'Edit case details' }).click();
  await second.getByLabel(/^Summary/).fill('Written in the second browser from a stale version. (e2e)');

  // ...while the first browser saves another change.
  await page.getByRole('button', { name: 'Edit case details' }).click();
  await page.getByRole('radio', { name: /^High/ }).click();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Risk: High')).toBeVisible();

  // The stale save is refused with a clear message, and what was typed is still there.
  await second.getByRole('button', { name: 'Save' }).click();
  const conflict = second.getByTestId('conflict');
  await expect(conflict).toContainText('Someone else changed this case since you opened it.');
  await expect(second.getByLabel(/^Summary/)).toHaveValue('Written in the second browser from a stale version. (e2e)');
  await conflict.getByRole('button', { name: 'Reload' }).click();
  const reloaded = second.getByTestId('reloaded');
  await expect(reloaded).toContainText('High');
  await expect(second.getByLabel(/^Summary/)).toHaveValue('Written in the second browser from a stale version. (e2e)');
  await expect(second.getByText('Risk: High')).toBeVisible();
  // Saving now is a knowing choice: it goes through.
  await second.getByRole('button', { name: 'Save' }).click();
  await expect(second.getByTestId('case-summary')).toHaveText('Written in the second browser from a stale version. (e2e)');

  // Notes and timeline.
  await page.reload();
  await page.getByRole('tab', { name: 'Notes' }).click();
  await page.getByLabel(/^Note$/).fill('Met the grandmother at home. (e2e)');
  await page.getByLabel('Sensitive note').click();
  await page.getByRole('button', { name: 'Save the note' }).click();
  await expect(page.getByTestId('case-note').first()).toContainText('Met the grandmother at home. (e2e)');
  await expect(page.getByTestId('case-note').first()).toContainText('Sensitive');
  await page.getByRole('tab', { name: 'Timeline' }).click();
  await expect(page).toHaveURL(/\/timeline$/);
  const entries = page.getByTestId('timeline-entry');
  await expect(entries.filter({ hasText: 'Wrote a case note' })).toHaveCount(1);
  await expect(entries.filter({ hasText: 'Changed the risk, concerns or summary' })).toHaveCount(3);
  await expect(entries.filter({ hasText: 'Registered the case' })).toContainText('Sok Dalin (demo)');
  await expectNoAxeViolations(page);

  // The case page in Khmer.
  await page.getByRole('button', { name: 'ខ្មែរ' }).click();
  await page.getByRole('tab', { name: 'ទិដ្ឋភាពទូទៅ' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'ព័ត៌មានករណី' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('supervisor: the dashboard; every matching case is assigned in one go, past one page', async ({ browser }) => {
  const page = await staffPage(browser, 'supervisor');
  await page.getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expect(page.getByTestId('stage-risk')).toBeVisible();
  await expectNoAxeViolations(page);

  // Medium-risk cases in all six communes: more than a page of them.
  await page.getByRole('link', { name: 'Caseload' }).click();
  await choose(page, page.getByRole('combobox', { name: 'Risk' }), 'Medium');
  const rows = page.getByTestId('case-row');
  const range = page.getByRole('navigation', { name: 'Pages' }).getByText(/of \d+/);
  await expect(range).toHaveText(/^1–25 of \d+$/);
  const total = Number((await range.innerText()).split(' of ')[1]!.replace(/\D/g, ''));
  expect(total).toBeGreaterThan(25);

  await page.getByTestId('select-page').click();
  const bar = page.getByRole('region', { name: 'Chosen cases' });
  await expect(bar.getByRole('status')).toHaveText('25 cases chosen');
  await bar.getByRole('button', { name: `Choose all ${total} matching cases` }).click();
  await expect(bar.getByRole('status')).toHaveText(`All ${total} matching cases chosen`);
  await expectNoAxeViolations(page);
  await bar.getByRole('button', { name: `Assign ${total} cases…` }).click();

  // Only people who work in every commune of these cases are offered: here the supervisor.
  const dialog = page.getByRole('dialog', { name: 'Assign cases' });
  const person = dialog.getByRole('radio', { name: /^Chan Sopheap \(demo\)/ });
  await expect(person).toBeVisible();
  await expect(dialog.getByRole('radio', { name: /Sok Dalin/ })).toHaveCount(0);
  await dialog.getByRole('button', { name: `Assign ${total} cases` }).click();
  await expect(dialog.getByText('Choose who gets the cases.')).toBeVisible();
  await person.click();
  await dialog.getByLabel(/^Reason/).fill('Caseload balancing (e2e)');
  await dialog.getByRole('button', { name: `Assign ${total} cases` }).click();
  await expect(dialog.getByRole('status')).toHaveText(`Assigned ${total} cases; 0 were already theirs.`);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(bar.getByRole('status')).toHaveText('0 cases chosen');

  // Every one of them is now theirs: the team filter finds all of them.
  await choose(page, page.getByRole('combobox', { name: 'Caseworker' }), 'Chan Sopheap (demo)');
  await expect(range).toHaveText(`1–25 of ${total}`);
  await expect(rows.first()).toContainText('Chan Sopheap (demo)');
});

test('caseworker: a case registered from a hive need starts from the need and is linked to it', async ({ browser }) => {
  const page = await staffPage(browser, 'caseworker');
  const api = async (path: string, input: unknown) => {
    const response = await page.request.get(`/api/staff/${path}?input=${encodeURIComponent(JSON.stringify(input))}`);
    expect(response.ok()).toBe(true);
    return ((await response.json()) as { result: { data: unknown } }).result.data;
  };
  const queue = (await api('needs.triageQueue', { page: 1, pageSize: 50 })) as { items: { id: string; status: string; description: string }[] };
  const need = queue.items.find((n) => n.status === 'received' || n.status === 'triaged');
  expect(need).toBeDefined();

  await page.goto(`/staff/cases/new?fromNeed=${need!.id}`);
  await expect(page.getByText(/This case starts from a need reported by a Village Hive volunteer/)).toBeVisible();
  await expect(page.getByLabel(/^Summary/)).toHaveValue(need!.description.trim());
  await expect(page.getByRole('radio', { name: 'Village Hive need' })).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Village' })).not.toHaveText('Choose…');
  await expect(page.getByLabel('Message to the volunteer')).toHaveValue('Thank you. A caseworker is following up with this family.');

  await page.getByLabel('Family name (Khmer)').fill('ទេព');
  await page.getByLabel('Given name (Khmer)').fill('វិសាល');
  await page.getByLabel('Family name (Latin letters)').fill('Tep');
  await page.getByLabel('Given name (Latin letters)').fill('Visal');
  await page.getByRole('radio', { name: 'Male', exact: true }).click();
  await page.getByRole('radio', { name: 'Estimated age' }).click();
  await page.getByLabel('Age in years (estimate)').fill('៩');
  await expect(page.getByText(/Recorded as born about/)).toBeVisible();
  await choose(page, page.getByRole('combobox', { name: 'School' }), 'Attends irregularly');
  await page.getByRole('radio', { name: 'Unknown' }).click();
  await page.getByRole('radio', { name: 'Not assessed' }).click();
  await page.getByRole('button', { name: 'Register', exact: true }).click();
  // An invented name, but the demo data is random: a look-alike may exist, and this child is not them.
  await expect(page.getByTestId('possible-duplicates').or(page.getByTestId('case-reference'))).toBeVisible();
  const anyway = page.getByRole('button', { name: 'None of these: register anyway' });
  if (await anyway.isVisible()) await anyway.click();
  await expect(page).toHaveURL(/\/staff\/cases\/[0-9a-f-]{36}$/);
  const caseId = page.url().split('/').pop()!;
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Tep Visal');

  const linked = (await api('needs.byId', { needId: need!.id })) as { status: string; caseId: string | null };
  expect(linked).toMatchObject({ status: 'linked_to_case', caseId });
});

test('CSV export: names for the case team, de-identified columns for an analyst', async ({ browser }) => {
  const download = async (page: Page) => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    const path = await file.path();
    const { readFile } = await import('node:fs/promises');
    return { name: file.suggestedFilename(), header: (await readFile(path, 'utf8')).replace(/^\uFEFF/, '').split('\r\n')[0]!.split(',') };
  };

  const supervisor = await staffPage(browser, 'supervisor');
  await supervisor.getByRole('link', { name: 'Caseload' }).click();
  await choose(supervisor, supervisor.getByRole('combobox', { name: 'Risk' }), 'High');
  const identified = await download(supervisor);
  expect(identified.name).toMatch(/^kruosar-caseload-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(identified.header).toEqual(expect.arrayContaining(['reference', 'family_name_latin', 'given_name_km', 'date_of_birth', 'risk_level']));
  await expect(supervisor.getByText(/^Downloaded \d+ cases\.$/)).toBeVisible();

  const analyst = await staffPage(browser, 'analyst');
  await analyst.getByRole('link', { name: 'Caseload' }).click();
  const deidentified = await download(analyst);
  expect(deidentified.name).toMatch(/^kruosar-caseload-deidentified-/);
  expect(deidentified.header).toEqual(expect.arrayContaining(['commune', 'age_band', 'risk_level']));
  for (const column of ['reference', 'family_name_latin', 'given_name_latin', 'family_name_km', 'given_name_km', 'date_of_birth', 'village']) {
    expect(deidentified.header).not.toContain(column);
  }
  await expect(analyst.getByText(/de-identified: no names, dates of birth, references or villages\./)).toBeVisible();
});

// Stories and volunteering across both portals: a caseworker writes a story, a supervisor reviews and publishes it,
// the public reads it, withdrawn consent takes it down at once; a supervisor records a volunteer's safeguarding,
// which confirms their held sign-up, and approves their hours. axe checks each new screen.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, staffPage } from '@kruosar/playwright-config';

const dayFromToday = (days: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Phnom_Penh' }).format(new Date(Date.now() + days * 86_400_000));

test('a story: written, reviewed by a second person, published, read by the public, taken down when consent is withdrawn', async ({ browser }) => {
  const title = `Back at school (e2e ${Date.now()})`;
  const caseworker = await staffPage(browser, 'caseworker');
  await caseworker.getByRole('navigation').getByRole('link', { name: 'Stories' }).click();
  await caseworker.getByRole('link', { name: 'Write a story' }).click();
  await expectNoAxeViolations(caseworker);
  // Nothing filled in: each required field says so.
  await caseworker.getByRole('button', { name: 'Save' }).click();
  await expect(caseworker.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true');
  await caseworker.getByLabel('Title').fill(title);
  await caseworker.getByLabel('Pseudonym').fill('Kite');
  await caseworker.getByLabel('Story', { exact: true }).fill('Kite stopped going to school when the family moved. Now Kite is back in class. (Invented for the test.)');
  await caseworker.getByLabel('Guardian consented on').fill(dayFromToday(-2));
  await caseworker.getByLabel('Child consented on').fill(dayFromToday(-2));
  await caseworker.getByLabel('Consent expires on').fill(dayFromToday(200));
  await caseworker.getByRole('button', { name: 'Save' }).click();
  await expect(caseworker.getByTestId('story-status')).toHaveText('Draft');
  await caseworker.getByRole('button', { name: 'Send for review' }).click();
  await expect(caseworker.getByTestId('story-status')).toHaveText('In review');
  await expect(caseworker.getByText('You wrote this story, so another member of staff reviews it.')).toBeVisible();
  const storyUrl = caseworker.url();

  const supervisor = await staffPage(browser, 'supervisor');
  await supervisor.goto(storyUrl);
  await supervisor.getByRole('button', { name: 'Approve' }).click();
  await expect(supervisor.getByTestId('story-status')).toHaveText('Approved');
  await supervisor.getByRole('button', { name: 'Publish' }).click();
  await expect(supervisor.getByTestId('story-status')).toHaveText('Published');
  await expectNoAxeViolations(supervisor);

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto('/supporters/stories');
  const card = visitor.getByTestId('story-card').filter({ hasText: title });
  await expect(card).toContainText('Kite (name changed) · Cambodia');
  await expectNoAxeViolations(visitor);
  await card.getByRole('link', { name: title }).click();
  await expect(visitor.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const publicUrl = visitor.url();

  // Consent withdrawn: any member of staff takes it down, and it is gone at once.
  await caseworker.reload();
  await caseworker.getByRole('button', { name: 'Consent withdrawn: take the story down' }).click();
  await caseworker.getByRole('button', { name: 'Take it down now' }).click();
  await expect(caseworker.getByTestId('story-status')).toHaveText('Consent withdrawn');
  await visitor.goto(publicUrl);
  await expect(visitor.getByRole('heading', { name: 'This story is no longer available' })).toBeVisible();
  await visitor.goto('/supporters/stories');
  await expect(visitor.getByTestId('story-card').first()).toBeVisible();
  await expect(visitor.getByTestId('story-card').filter({ hasText: title })).toHaveCount(0);
});

test('safeguarding recorded by a supervisor confirms a held sign-up; the volunteer’s hours are approved', async ({ browser }) => {
  const volunteer = await (await browser.newContext()).newPage();
  await volunteer.goto('/supporters/sign-in');
  await volunteer.getByLabel('Username').fill('volunteer');
  await volunteer.getByLabel('Password').fill('kruosar-demo');
  await volunteer.getByRole('button', { name: 'Sign in' }).click();
  const sports = volunteer.getByTestId('shift').filter({ has: volunteer.getByRole('heading', { name: 'Sports afternoon (demo)' }) });
  await sports.getByRole('button', { name: 'Sign up' }).click();
  await expect(sports.getByText('Waiting for safeguarding clearance')).toBeVisible();

  const supervisor = await staffPage(browser, 'supervisor');
  await supervisor.getByRole('navigation').getByRole('link', { name: 'Volunteering' }).click();
  const shift = supervisor.getByTestId('staff-shift').filter({ has: supervisor.getByRole('heading', { name: 'Sports afternoon (demo)' }) });
  await expect(shift.getByText('Tep Chenda (demo)')).toBeVisible();
  await expect(shift.getByText('Waiting for safeguarding clearance')).toBeVisible();
  await expectNoAxeViolations(supervisor);

  // A new shift near children, offered by the supervisor, is open to the volunteer.
  const newShift = `Homework club (e2e ${Date.now()})`;
  await supervisor.getByRole('button', { name: 'Offer a shift' }).click();
  await supervisor.getByLabel('Title').fill(newShift);
  await supervisor.getByRole('combobox', { name: 'Commune' }).click();
  await supervisor.getByRole('option').first().click();
  await supervisor.getByLabel('Date').fill(dayFromToday(20));
  await supervisor.getByLabel('Places').fill('2');
  await supervisor.getByRole('checkbox', { name: 'Near children (safeguarding needed)' }).click();
  await expectNoAxeViolations(supervisor);
  await supervisor.getByRole('button', { name: 'Offer the shift' }).click();
  await expect(supervisor.getByTestId('staff-shift').filter({ hasText: newShift })).toContainText('0 of 2 places taken');
  await volunteer.reload();
  await expect(volunteer.getByTestId('shift').filter({ hasText: newShift })).toContainText('2 of 2 places left');
  // Cancelling asks first, then the shift leaves the volunteer's list.
  const offered = supervisor.getByTestId('staff-shift').filter({ hasText: newShift });
  await offered.getByRole('button', { name: `Cancel shift “${newShift}”` }).click();
  await offered.getByRole('button', { name: 'Yes, cancel the shift' }).click();
  await expect(offered.getByText('Cancelled', { exact: true })).toBeVisible();
  await volunteer.reload();
  await expect(volunteer.getByTestId('shift').first()).toBeVisible();
  await expect(volunteer.getByTestId('shift').filter({ hasText: newShift })).toHaveCount(0);

  await supervisor.getByRole('tab', { name: 'Safeguarding' }).click();
  await supervisor.getByRole('button', { name: 'Record safeguarding for Tep Chenda (demo)' }).click();
  await supervisor.getByLabel('Background check on').fill(dayFromToday(-1));
  await supervisor.getByLabel('Code of conduct signed on').fill(dayFromToday(-1));
  await supervisor.getByRole('button', { name: 'Save' }).click();
  await expect(supervisor.getByTestId('safeguarding-recorded')).toContainText(/Sign-ups confirmed: [1-9]/);
  await expect(supervisor.getByTestId('volunteer-row').filter({ hasText: 'Tep Chenda (demo)' })).toContainText('Cleared');
  await expectNoAxeViolations(supervisor);

  await supervisor.getByRole('tab', { name: /Hours to approve/ }).click();
  await supervisor.getByRole('button', { name: 'Approve the hours of Tep Chenda (demo) for Garden clean-up at the community centre (demo)' }).click();
  await expect(supervisor.getByText('No hours waiting for approval')).toBeVisible();

  await volunteer.reload();
  await expect(volunteer.getByTestId('safeguarding-status')).toHaveText('Cleared');
  await expect(sports.getByText('Confirmed')).toBeVisible();
  await expect(volunteer.getByTestId('approved-hours')).toHaveText('Approved so far: 3 hours');
  await expectNoAxeViolations(volunteer);
});

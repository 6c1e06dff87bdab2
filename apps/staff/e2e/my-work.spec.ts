// A supervisor registers a high-risk case for a caseworker; the caseworker is told in the app (unread count,
// notification) and by mail, read here from a real SMTP server this spec starts and the admin points Kruosar at;
// then acts from My work. Every new screen passes axe in English and Khmer.
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { expectAccessibleInBothLanguages, staffPage } from '@kruosar/playwright-config';

type Received = { to: string[]; raw: string };
const received: Received[] = [];
let smtp: SMTPServer;
let smtpPort = 0;

test.beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpPort = (smtp.server.address() as AddressInfo).port;
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

async function choose(page: Page, combobox: Locator, option: RegExp | string) {
  await combobox.click();
  await page.getByRole('option', { name: option }).click();
}

/** Subject and text of a received message: nodemailer sends non-ASCII text as base64 and encoded words. */
function readMail(raw: string): { subject: string; body: string } {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
  const subjectLines = /^Subject: (.*(?:\r?\n[ \t].*)*)/m.exec(head)?.[1] ?? '';
  const words = [...subjectLines.matchAll(/=\?UTF-8\?B\?([^?]*)\?=/gi)].map((m) => Buffer.from(m[1]!, 'base64'));
  const subject = words.length ? Buffer.concat(words).toString('utf8') : subjectLines;
  const text = rest.join('\n\n');
  const body = /Content-Transfer-Encoding: base64/i.test(head) ? Buffer.from(text.replace(/\s+/g, ''), 'base64').toString('utf8') : text;
  return { subject, body };
}

/** The caseworker's communes in the demo data (Sok Dalin works in the first three). */
const caseworkerCommunes = ['020303', '020804', '020201'];

test('high-risk assignment: notification, unread count and email; the caseworker acts from My work', async ({ browser, baseURL }) => {
  test.setTimeout(240_000);
  const address = `dalin.${Date.now().toString(36)}@example.org`;

  // --- The admin points Kruosar at the test's mail server; a bad host is refused first.
  const admin = await staffPage(browser, 'admin');
  await expect(admin.getByRole('heading', { level: 1, name: 'My work' })).toBeVisible();
  await admin.getByRole('link', { name: 'Mail server' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: 'Mail server' })).toBeVisible();
  await admin.getByLabel(/^Server \(host name/).fill('mail server');
  await admin.getByRole('button', { name: 'Save mail server' }).click();
  await expect(admin.getByLabel(/^Server \(host name/)).toHaveAttribute('aria-invalid', 'true');
  await admin.getByLabel(/^Server \(host name/).fill('127.0.0.1');
  await admin.getByLabel('Port', { exact: true }).fill(String(smtpPort));
  await choose(admin, admin.getByRole('combobox', { name: /^Security/ }), /^No encryption/);
  await admin.getByLabel(/^Sender address/).fill('kruosar@example.org');
  await admin.getByLabel(/^Portal address/).fill(baseURL!);
  await admin.getByRole('button', { name: 'Save mail server' }).click();
  await expect(admin.getByText('Mail server saved.')).toBeVisible();
  await expectAccessibleInBothLanguages(admin);

  // --- The caseworker gives an address for email alerts.
  const cw = await staffPage(browser, 'caseworker');
  await expect(cw.getByRole('heading', { level: 1, name: 'My work' })).toBeVisible();
  await expect(cw.getByTestId('my-work-first-contacts')).toBeVisible();
  await expectAccessibleInBothLanguages(cw);
  await cw.getByTestId('notifications-link').click();
  await expect(cw.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
  await cw.getByLabel(/^Email address/).fill('not an address');
  await cw.getByRole('button', { name: 'Save email alerts' }).click();
  await expect(cw.getByLabel(/^Email address/)).toHaveAttribute('aria-invalid', 'true');
  await cw.getByLabel(/^Email address/).fill(address);
  await cw.getByRole('button', { name: 'Save email alerts' }).click();
  await expect(cw.getByText('Email alerts saved.')).toBeVisible();
  await expectAccessibleInBothLanguages(cw);
  // Start from nothing unread, so the count below is the new alert's.
  const markAll = cw.getByRole('button', { name: 'Mark all as read' });
  if (await markAll.isVisible()) await markAll.click();
  await expect(cw.getByTestId('unread-count')).toHaveCount(0);

  // --- The supervisor registers a high-risk case from a hive need in the caseworker's commune, for the caseworker.
  const sup = await staffPage(browser, 'supervisor');
  const queue = await sup.request.get(`/api/staff/needs.triageQueue?input=${encodeURIComponent(JSON.stringify({ page: 1, pageSize: 100 }))}`);
  const needs = ((await queue.json()) as { result: { data: { items: { id: string; status: string; communeCode: string }[] } } }).result.data.items;
  const need = needs.find((n) => (n.status === 'received' || n.status === 'triaged') && caseworkerCommunes.includes(n.communeCode));
  expect(need).toBeDefined();
  await sup.goto(`/staff/cases/new?fromNeed=${need!.id}`);
  await expect(sup.getByText(/This case starts from a need reported by a Village Hive volunteer/)).toBeVisible();
  await sup.getByLabel('Family name (Khmer)').fill('ហេង');
  await sup.getByLabel('Given name (Khmer)').fill('សុភា');
  await sup.getByLabel('Family name (Latin letters)').fill('Heng');
  await sup.getByLabel('Given name (Latin letters)').fill('Sophea');
  await sup.getByRole('radio', { name: 'Female', exact: true }).click();
  await sup.getByRole('radio', { name: 'Estimated age' }).click();
  await sup.getByLabel('Age in years (estimate)').fill('8');
  await choose(sup, sup.getByRole('combobox', { name: 'School' }), 'Attends irregularly');
  await sup.getByRole('radio', { name: 'Unknown' }).click();
  await sup.getByRole('radio', { name: 'Not assessed' }).click();
  await sup.getByRole('radio', { name: /^High/ }).click();
  await choose(sup, sup.getByRole('combobox', { name: /^Caseworker/ }), /^Sok Dalin \(demo\)/);
  await sup.getByRole('button', { name: 'Register', exact: true }).click();
  await expect(sup.getByTestId('possible-duplicates').or(sup.getByTestId('case-reference'))).toBeVisible();
  const anyway = sup.getByRole('button', { name: 'None of these: register anyway' });
  if (await anyway.isVisible()) await anyway.click();
  await expect(sup).toHaveURL(/\/staff\/cases\/[0-9a-f-]{36}$/);
  const caseId = sup.url().split('/').pop()!;
  const registeredAt = Date.now();

  // --- The caseworker: one unread, the notification names the case, and the mail arrives with a link to it.
  await cw.reload();
  // The overdue sweep may add an alert of its own meanwhile, so the count is checked as shown, not as exactly 1.
  await expect(cw.getByTestId('unread-count')).toHaveText(/^\d+$/);
  const alert = cw.getByTestId('notification').first();
  await expect(alert).toHaveAttribute('data-unread', 'true');
  await expect(alert).toContainText(/Case \S+ was assigned to you/);
  const reference = /Case (\S+) was assigned to you/.exec(await alert.innerText())![1]!;
  await expect.poll(() => received.filter((m) => m.to.includes(address)).length, { timeout: 60_000 }).toBe(1);
  const mail = readMail(received.find((m) => m.to.includes(address))!.raw);
  // Sok Dalin reads Khmer: the mail is in her language, names the case by reference and links to it.
  expect(mail.subject).toContain(reference);
  expect(mail.subject).toContain('ហានិភ័យខ្ពស់');
  expect(mail.body).toContain(`${baseURL}/staff/cases/${caseId}`);
  expect(`${mail.subject}${mail.body}`).not.toContain('Sophea');

  // Opening it marks it read and lands on the case.
  await alert.getByRole('button', { name: /^Open/ }).click();
  await expect(cw).toHaveURL(new RegExp(`/staff/cases/${caseId}$`));

  // --- From My work: the first contact is listed with its countdown, and done from the case it links to.
  await cw.getByRole('link', { name: 'My work' }).click();
  const item = cw.getByTestId('my-work-first-contact').filter({ hasText: reference });
  await expect(item).toContainText(/First contact due in (23|24) h/);
  await item.getByRole('link').click();
  await expect(cw).toHaveURL(new RegExp(`/staff/cases/${caseId}$`));
  // The form counts in whole minutes: the contact cannot be earlier than the registration minute's end.
  const minute = (ms: number) => Math.floor(ms / 60_000);
  await expect.poll(() => minute(Date.now()) > minute(registeredAt), { timeout: 70_000 }).toBe(true);
  await cw.getByRole('button', { name: 'Record first contact' }).click();
  await cw.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
  await expect(cw.getByText(/^First contact made on /)).toBeVisible();
  await cw.getByRole('link', { name: 'My work' }).click();
  await expect(cw.getByTestId('my-work-first-contacts')).toBeVisible();
  await expect(cw.getByTestId('my-work-first-contact').filter({ hasText: reference })).toHaveCount(0);

  await cw.getByTestId('notifications-link').click();
  await expect(cw.getByTestId('notification').filter({ hasText: `Case ${reference} was assigned to you` })).toHaveAttribute('data-unread', 'false');

  // --- Referrals to me: its own screen (the incoming list), accessible.
  await cw.getByRole('link', { name: 'Referrals to me' }).click();
  await expect(cw.getByRole('heading', { level: 1, name: 'Referrals to me' })).toBeVisible();
  await expect(cw.getByTestId('incoming-referral').first().or(cw.getByText('No colleague has referred a case to you.'))).toBeVisible();
  await expectAccessibleInBothLanguages(cw);
});

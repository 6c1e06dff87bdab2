// Donors across both portals: an admin records a gift (a future date is refused), the donor signs in and sees it
// with the programme it went to and the published reach, opts into the quarterly update, opens the receipt and
// downloads it as a PDF printed by the server's Chromium, with Khmer in it. axe checks each new screen in English
// and Khmer; the unsubscribe page too.
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expectAccessibleInBothLanguages, staffPage } from '@kruosar/playwright-config';

const dayFromToday = (days: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Phnom_Penh' }).format(new Date(Date.now() + days * 86_400_000));

async function choose(page: Page, label: string, option: string) {
  // The select is named by its label, then its value ("Donor Choose a donor").
  await page.getByRole('combobox', { name: new RegExp(`^${label} `) }).click();
  await page.getByRole('option', { name: option }).click();
}

test('a gift: recorded by staff, seen by its donor with the published reach, its receipt downloaded as a Khmer PDF', async ({ browser }) => {
  test.setTimeout(180_000);
  const admin = await staffPage(browser, 'admin');
  await admin.getByRole('navigation').getByRole('link', { name: 'Donors' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: 'Donors and gifts' })).toBeVisible();
  await expect(admin.getByTestId('gift-row')).toHaveCount(2);
  await expectAccessibleInBothLanguages(admin);

  await choose(admin, 'Donor', 'Alex Morgan (demo) (donor)');
  await choose(admin, 'Programme', 'Parents counselling group (demo)');
  await admin.getByLabel('Amount').fill('12.34');
  await admin.getByLabel('Date received').fill(dayFromToday(1));
  await admin.getByRole('button', { name: 'Record gift' }).click();
  await expect(admin.getByText('The date of a gift cannot be in the future.')).toBeVisible();
  await admin.getByLabel('Date received').fill(dayFromToday(0));
  await admin.getByRole('button', { name: 'Record gift' }).click();
  await expect(admin.getByTestId('gift-saved')).toContainText(/Receipt number R-\d{4}-000003/);
  const receiptNumber = /R-\d{4}-000003/.exec((await admin.getByTestId('gift-saved').textContent()) ?? '')![0];
  await expect(admin.getByTestId('gift-row')).toHaveCount(3);

  const donor = await (await browser.newContext()).newPage();
  await donor.goto('/supporters/sign-in');
  await donor.getByLabel('Username').fill('donor');
  await donor.getByLabel('Password').fill('kruosar-demo');
  await donor.getByRole('button', { name: 'Sign in' }).click();
  await donor.getByRole('navigation').getByRole('link', { name: 'My giving' }).click();
  await expect(donor.getByRole('heading', { level: 1, name: 'My giving' })).toBeVisible();
  await expect(donor.getByTestId('gift-row')).toHaveCount(3);
  await expect(donor.getByTestId('gift-row').first()).toContainText('12.34 USD');
  await expect(donor.getByTestId('gift-row').first()).toContainText(receiptNumber);
  await expect(donor.getByTestId('supported-programme').filter({ hasText: 'Parents counselling group (demo)' })).toContainText('You have given 12.34 USD');
  // The programme's reach as published (the demo published a quarter): figures, never anything live.
  await expect(donor.getByTestId('impact-figure').first()).toBeVisible();
  await expect(donor.getByText('Cheque')).toHaveCount(0);
  await expectAccessibleInBothLanguages(donor);

  // The quarterly update: an address is needed to opt in.
  await donor.getByText('Send me the quarterly update').click();
  await donor.getByLabel('Email address').fill('not an address');
  await donor.getByRole('button', { name: 'Save' }).click();
  await expect(donor.getByText('Write an email address like name@example.org.')).toBeVisible();
  await donor.getByLabel('Email address').fill('alex@example.org');
  await donor.getByRole('button', { name: 'Save' }).click();
  await expect(donor.getByTestId('updates-status')).toHaveText('You receive the quarterly update at alex@example.org.');

  await donor.getByRole('link', { name: `View receipt ${receiptNumber}` }).click();
  await expect(donor.getByRole('heading', { level: 1, name: 'Receipt for a gift' })).toBeVisible();
  await expect(donor.getByTestId('receipt-value').first()).toHaveText(receiptNumber);
  await expectAccessibleInBothLanguages(donor);

  await donor.getByRole('button', { name: 'ខ្មែរ' }).click();
  await expect(donor.getByRole('heading', { level: 1, name: 'បង្កាន់ដៃសម្រាប់ការបរិច្ចាគ' })).toBeVisible();
  const downloading = donor.waitForEvent('download', { timeout: 90_000 });
  await donor.getByRole('link', { name: 'ទាញយក PDF' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`receipt-${receiptNumber}-km.pdf`);
  const pdf = readFileSync(await download.path());
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  checkPdf(pdf, receiptNumber);
  await donor.getByRole('button', { name: 'English' }).click();

  // Someone else's receipt (or a made-up one) is not there for this donor.
  const other = await donor.request.get(`/api/supporters/receipt.pdf?giftId=not-a-gift&lang=en`);
  expect(other.status()).toBe(404);
});

test('the unsubscribe page works without signing in, and says so when a link is not valid', async ({ page }) => {
  await page.goto('/supporters/unsubscribe?token=someone.not-a-real-signature');
  await expectAccessibleInBothLanguages(page);
  await page.getByRole('button', { name: 'Stop the emails' }).click();
  await expect(page.getByRole('alert')).toHaveText('This unsubscribe link is not valid. Sign in and change the setting on your giving page.');
});

/** The PDF as pixels and text: not blank, the Khmer heading and the receipt number in it, in the embedded Khmer font. */
function checkPdf(pdf: Buffer, receiptNumber: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'kruosar-receipt-'));
  try {
    const file = path.join(dir, 'receipt.pdf');
    writeFileSync(file, pdf);
    const poppler = (tool: string, args: string[]) => {
      try {
        return execFileSync(tool, args, { encoding: 'utf8', timeout: 30_000 });
      } catch (error) {
        throw new Error(`${tool} failed (install poppler-utils; .ci/run does): ${String(error)}`);
      }
    };
    poppler('pdftoppm', ['-f', '1', '-l', '1', '-r', '50', '-gray', file, path.join(dir, 'page')]);
    const { width, height, pixels } = readPgm(readFileSync(path.join(dir, 'page-1.pgm')));
    expect(width).toBeGreaterThan(350);
    expect(height).toBeGreaterThan(500);
    const ink = pixels.filter((p) => p < 128).length / pixels.length;
    expect(ink, 'share of dark pixels').toBeGreaterThan(0.002);
    expect(ink, 'share of dark pixels').toBeLessThan(0.5);

    const text = poppler('pdftotext', ['-f', '1', '-l', '1', file, '-']);
    // pdftotext guesses word gaps from glyph positions and puts a space after a vowel sign that follows a
    // subscript ("បង្កា ន់"); the letters themselves come out in spelling order, which is what is checked.
    expect(text.replace(/\s/g, '')).toContain('បង្កាន់ដៃសម្រាប់ការបរិច្ចាគ');
    expect(text).toContain(receiptNumber);
    expect((text.match(/[\u1780-\u17ff]/gu) ?? []).length).toBeGreaterThan(50);
    expect(poppler('pdffonts', [file])).toMatch(/NotoSansKhmer/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A binary PGM (P5, 8 bits): pdftoppm -gray's output. */
function readPgm(data: Buffer) {
  const header = data.subarray(0, 64).toString('latin1').match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  if (!header) throw new Error('pdftoppm did not write a PGM image');
  const [whole, w, h] = header;
  const width = Number(w);
  const height = Number(h);
  return { width, height, pixels: Array.from(data.subarray(whole.length, whole.length + width * height)) };
}

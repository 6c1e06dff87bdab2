// Printing: the caseload, the case page and its assessment and case plan tabs print through the print stylesheet
// (checked by computed style and a screenshot in print media), and the MoSVY case file prints in English and Khmer,
// on screen and as the server's PDF, whose first page is turned into an image (poppler's pdftoppm) and checked.
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expectAccessibleInBothLanguages, signInToStaff } from '@kruosar/playwright-config';

test.use({ actionTimeout: 20_000 });

const display = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).display);

/** What paper gets: the header (brand, language, navigation) and every button gone, the confidentiality line shown. */
async function expectPrintLayout(page: Page) {
  await page.emulateMedia({ media: 'print' });
  expect(await display(page, 'header')).toBe('none');
  expect(await display(page, 'nav')).toBe('none');
  expect(await display(page, '[data-testid="print-button"]')).toBe('none');
  await expect(page.getByTestId('printed-by')).toBeVisible();
  await expect(page.getByTestId('printed-by')).toContainText('Confidential');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The page as printed: something on it, and not the page on screen.
  const printed = await page.screenshot({ fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByTestId('printed-by')).toBeHidden();
  expect(await display(page, 'header')).not.toBe('none');
  const onScreen = await page.screenshot({ fullPage: true });
  expect(printed.length).toBeGreaterThan(10_000);
  expect(printed.equals(onScreen)).toBe(false);
}

test('caseload, case page, assessment and case plan print without navigation or buttons', async ({ page }) => {
  test.setTimeout(120_000);
  await signInToStaff(page, 'caseworker');
  await page.goto('/staff/cases');
  await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();
  await expect(page.getByTestId('case-row').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
  await expectPrintLayout(page);
  // The filters are not printed; the table is.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByLabel('Search by name or reference')).toBeHidden();
  await expect(page.getByTestId('case-row').first()).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  await page.getByTestId('case-row').first().getByRole('rowheader').getByRole('link').click();
  await expect(page.getByTestId('case-reference')).toBeVisible();
  const caseUrl = page.url();
  await expectPrintLayout(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('tablist')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  for (const [tab, heading] of [
    ['assessment', 'Assessment'],
    ['case-plan', 'Case plan'],
  ] as const) {
    await page.goto(`${caseUrl}/${tab}`);
    await expect(page.getByRole('heading', { level: 2, name: heading, exact: true })).toBeVisible();
    await expectPrintLayout(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { level: 2, name: heading, exact: true })).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
  }

  // In Khmer the same page prints with the Khmer confidentiality line.
  await page.getByRole('button', { name: 'ខ្មែរ' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('printed-by')).toContainText('ឯកសារសម្ងាត់');
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'English' }).click();
});

test('the MoSVY case file: six forms in English and Khmer, each form on its own page, and a PDF with Khmer in it', async ({ page }) => {
  test.setTimeout(180_000);
  await signInToStaff(page, 'caseworker');
  await page.goto('/staff/cases');
  await page.getByTestId('case-row').first().getByRole('rowheader').getByRole('link').click();
  const reference = (await page.getByTestId('case-reference').innerText()).trim();
  await page.getByRole('link', { name: 'MoSVY case file' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Case file' })).toBeVisible();
  await expect(page.getByTestId('case-file-form')).toHaveCount(6);
  await expect(page.getByRole('heading', { level: 2, name: 'Form 1: Initial information' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Form 6: Case closure' })).toBeVisible();
  await expect(page.getByTestId('case-file-form').first()).toContainText(reference);
  await expectAccessibleInBothLanguages(page);

  await page.getByRole('button', { name: 'ខ្មែរ' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'សំណុំលិខិតករណី' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'ទម្រង់ទី 1៖ ព័ត៌មានដំបូង' })).toBeVisible();
  await expect(page.getByText('ព្រះរាជាណាចក្រកម្ពុជា')).toBeVisible();

  // Paper: no buttons, each form after the first starts a page.
  await page.emulateMedia({ media: 'print' });
  expect(await display(page, 'header')).toBe('none');
  await expect(page.getByRole('button', { name: 'ទាញយក PDF' })).toBeHidden();
  const breaks = await page.getByTestId('case-file-form').evaluateAll((forms) => forms.map((f) => getComputedStyle(f).breakBefore));
  expect(breaks).toEqual(['auto', 'page', 'page', 'page', 'page', 'page']);
  await page.emulateMedia({ media: 'screen' });

  // The PDF, fetched by the page with its own session and handed over as a download.
  const downloading = page.waitForEvent('download', { timeout: 90_000 });
  await page.getByRole('button', { name: 'ទាញយក PDF' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`case-file-${reference}-km.pdf`);
  const pdf = readFileSync(await download.path());
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  checkPdf(pdf);

  await page.getByRole('button', { name: 'English' }).click();
});

/** The PDF's first page as pixels and text: not blank, Khmer in it, set in the Khmer font that was embedded. */
function checkPdf(pdf: Buffer) {
  const dir = mkdtempSync(path.join(tmpdir(), 'kruosar-pdf-'));
  try {
    const file = path.join(dir, 'case-file.pdf');
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
    // A4 at 50 dpi is about 413 x 585.
    expect(width).toBeGreaterThan(350);
    expect(height).toBeGreaterThan(500);
    const ink = pixels.filter((p) => p < 128).length / pixels.length;
    expect(ink, 'share of dark pixels on page 1').toBeGreaterThan(0.01);
    expect(ink, 'share of dark pixels on page 1').toBeLessThan(0.5);
    // The top of the page is the Khmer state header ("Kingdom of Cambodia"): ink there, in the middle.
    const band = rows(pixels, width, Math.round(height * 0.05), Math.round(height * 0.15));
    expect(band.filter((p) => p < 128).length).toBeGreaterThan(200);

    const text = poppler('pdftotext', ['-f', '1', '-l', '1', file, '-']);
    expect(text).toContain('ព្រះរាជាណាចក្រកម្ពុជា');
    expect((text.match(/[\u1780-\u17ff]/gu) ?? []).length).toBeGreaterThan(200);
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

const rows = (pixels: number[], width: number, from: number, to: number) => pixels.slice(from * width, to * width);

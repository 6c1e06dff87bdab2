// A caseload file as rows of text by column name: CSV through papaparse, XLSX through exceljs (first sheet, header
// in the first row). Dates typed as dates in a spreadsheet become YYYY-MM-DD.
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { DomainError, IMPORT_MAX_ROWS, type ImportFile, type ImportRawRow } from '@kruosar/domain';

export type ParsedFile = { headers: string[]; rows: { line: number; raw: ImportRawRow }[] };

const unreadable = () => new DomainError('INVALID', 'errors.importUnreadable', 'This file could not be read: save it as CSV (UTF-8) or XLSX and try again', 'file');

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('error' in value) return '';
  }
  return String(value);
}

async function parseXlsx(bytes: Buffer): Promise<ParsedFile> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw unreadable();
  }
  const sheet = book.worksheets[0];
  if (!sheet) throw unreadable();
  const headers: string[] = [];
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => (headers[col - 1] = cellText(cell.value).trim()));
  const rows: ParsedFile['rows'] = [];
  for (let n = 2; n <= sheet.rowCount; n++) {
    const row = sheet.getRow(n);
    const raw: ImportRawRow = {};
    headers.forEach((h, i) => {
      if (h) raw[h] = cellText(row.getCell(i + 1).value).trim();
    });
    if (Object.values(raw).some((v) => v !== '')) rows.push({ line: n, raw });
  }
  return { headers: headers.filter(Boolean), rows };
}

function parseCsv(bytes: Buffer): ParsedFile {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  if (text.includes('\uFFFD')) throw unreadable();
  const parsed = Papa.parse<ImportRawRow>(text, { header: true, skipEmptyLines: 'greedy', transformHeader: (h) => h.trim() });
  const headers = parsed.meta.fields ?? [];
  if (headers.length === 0) throw unreadable();
  // Line numbers as a spreadsheet shows them, the header being line 1 (rows spanning lines are rare in these files).
  return { headers, rows: parsed.data.map((raw, i) => ({ line: i + 2, raw })) };
}

export async function parseImportFile(file: ImportFile): Promise<ParsedFile> {
  const bytes = Buffer.from(file.contentBase64, 'base64');
  const parsed = file.format === 'xlsx' ? await parseXlsx(bytes) : parseCsv(bytes);
  if (parsed.rows.length > IMPORT_MAX_ROWS) {
    throw new DomainError('INVALID', 'errors.importTooManyRows', `This file has ${parsed.rows.length} rows; import at most ${IMPORT_MAX_ROWS} at a time`, 'file');
  }
  return parsed;
}

// The case file PDF route on the real server and a real SQLite file: who may ask, for which case, and the clear
// answer when the server has no Chromium. (The PDF itself is checked as images by apps/staff/e2e/print.spec.ts,
// which has the built staff portal Chromium prints.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { hashPassword } from '@kruosar/api';
import { battambangDemoUnits, closeDatabase, createUser, openDatabase, registerCase, upsertGeoUnits, type Db } from '@kruosar/db';
import { CaseRegisterInput } from '@kruosar/domain';
import { buildServer } from './app';
import { ServerConfig } from './config';
import { caseFilePdfRoute } from './case-file-pdf';

const ROTTANAK = '020303';
const TA_PUNG = '020201';

describe('case file PDF', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kruosar-pdf-'));
  let db: Db;
  let app: FastifyInstance;
  let caseId: string;
  let otherCaseId: string;
  let analystId: string;
  beforeAll(async () => {
    db = openDatabase(path.join(dir, 'k.db'));
    upsertGeoUnits(db, battambangDemoUnits());
    const now = new Date();
    const passwordHash = await hashPassword('a long password');
    const caseworker = createUser(db, { username: 'sokha', displayName: 'Sokha', role: 'caseworker', locale: 'km', communeCodes: [ROTTANAK], passwordHash }, now);
    const rural = createUser(db, { username: 'dara', displayName: 'Dara', role: 'caseworker', locale: 'en', communeCodes: [TA_PUNG], passwordHash }, now);
    analystId = createUser(db, { username: 'chan', displayName: 'Chan', role: 'analyst', locale: 'en', communeCodes: [], passwordHash }, now).id;
    caseId = registerCase(db, { input: intake('02030301'), actorId: caseworker.id, assignedTo: caseworker.id, now, portal: 'staff' }).caseId;
    otherCaseId = registerCase(db, { input: intake('02020101'), actorId: rural.id, assignedTo: rural.id, now, portal: 'staff' }).caseId;
    // A staff "build" so the only thing missing is Chromium.
    mkdirSync(path.join(dir, 'apps/staff/dist'), { recursive: true });
    writeFileSync(path.join(dir, 'apps/staff/dist/index.html'), '<!doctype html><title>staff</title>');
    app = await buildServer(ServerConfig.parse({ dbPath: path.join(dir, 'k.db'), appsDir: path.join(dir, 'apps'), chromiumPath: path.join(dir, 'no-chromium') }), db);
  });
  afterAll(async () => {
    await app.close();
    closeDatabase(db);
    rmSync(dir, { recursive: true, force: true });
  });

  const signIn = async (username: string) => {
    const res = await app.inject({ method: 'POST', url: '/api/staff/auth.signIn', headers: { 'content-type': 'application/json' }, payload: { username, password: 'a long password' } });
    expect(res.statusCode).toBe(200);
    return res.cookies.find((c) => c.name === 'kruosar_staff')!.value;
  };
  const pdf = (query: string, token?: string) => app.inject({ url: `${caseFilePdfRoute}?${query}`, cookies: token ? { kruosar_staff: token } : {} });

  it('asks for a staff session', async () => {
    const res = await pdf(`caseId=${caseId}&lang=km`);
    expect(res.statusCode).toBe(401);
    expect(res.json().error).toMatch(/Sign in/);
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('refuses a missing case id or an unknown language', async () => {
    const token = await signIn('sokha');
    expect((await pdf('lang=km', token)).statusCode).toBe(400);
    expect((await pdf(`caseId=${caseId}&lang=fr`, token)).statusCode).toBe(400);
  });

  it('keeps the record scope: a case in another commune or unknown is not found, an analyst is refused', async () => {
    const token = await signIn('sokha');
    expect((await pdf(`caseId=${otherCaseId}&lang=en`, token)).statusCode).toBe(404);
    expect((await pdf('caseId=no-such-case&lang=en', token)).statusCode).toBe(404);
    expect(analystId).toBeTruthy();
    expect((await pdf(`caseId=${caseId}&lang=en`, await signIn('chan'))).statusCode).toBe(403);
  });

  it('says plainly when the server has no Chromium to print with', async () => {
    const res = await pdf(`caseId=${caseId}&lang=km`, await signIn('sokha'));
    expect(res.statusCode).toBe(503);
    expect(res.json().error).toMatch(/Chromium, which is not installed on this server .*CHROMIUM_PATH/);
  });
});

function intake(villageCode: string) {
  return CaseRegisterInput.parse({
    child: { givenNameLatin: 'Dara', familyNameLatin: 'Sok', givenNameKm: 'ដារា', familyNameKm: 'សុខ', sex: 'male', dateOfBirth: '2014-03-05', schoolStatus: 'enrolled', birthRegistration: 'registered' },
    household: { villageCode, idPoor: 'level_2', incomeSources: ['farming'], members: [{ nameKm: 'សុខ ស្រីមុំ', nameLatin: 'Sok Sreymom', sex: 'female', relationship: 'mother', isCaregiver: true }] },
    source: 'intake',
    riskLevel: 'medium',
    protectionConcerns: ['neglect'],
    summary: 'Lives with his mother.',
    duplicatesReviewed: true,
    assignedToId: null,
  });
}

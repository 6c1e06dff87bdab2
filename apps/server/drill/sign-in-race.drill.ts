// The concurrent sign-in race: 40 guesses for one account sent at once, the right one last, then the same as
// one batched request. Only the free attempts may reach the password check.
import { hashPassword } from '@kruosar/api';
import { createUser } from '@kruosar/db';
import { defineDrill } from './registry';
import { startServerUnderTest } from './server-under-test';

export const raceGuesses = 40;

export default defineDrill({
  name: 'sign-in-race',
  description: `${raceGuesses} parallel sign-in guesses for one account, and the same in one batch`,
  async run({ report }) {
    const server = await startServerUnderTest({ children: 10 });
    try {
      createUser(server.db, { username: 'race-target', displayName: 'Race target (demo)', role: 'caseworker', locale: 'en', communeCodes: [], passwordHash: await hashPassword('the right one') }, new Date());
      const signIn = (path: string, body: unknown) =>
        fetch(`${server.url}/api/staff/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.status);
      const passwords = [...Array.from({ length: raceGuesses - 1 }, (_, i) => `guess-${i}`), 'the right one'];
      const started = performance.now();
      const statuses = await Promise.all(passwords.map((password) => signIn('auth.signIn', { username: 'race-target', password })));
      const checked = statuses.filter((s) => s !== 429).length;
      report('parallel guesses', raceGuesses);
      report('guesses checked', checked, checked <= 5);
      report('guesses refused (429)', statuses.filter((s) => s === 429).length);
      report('right guess signed in', statuses.at(-1) === 200 ? 'yes' : 'no', statuses.at(-1) !== 200);
      report('race ms', (performance.now() - started).toFixed(0));
      const batch = Object.fromEntries(passwords.map((password, i) => [i, { username: 'race-target', password }]));
      const batched = await signIn(`${passwords.map(() => 'auth.signIn').join(',')}?batch=1`, batch);
      report('batched sign-in status', batched, batched === 400);
      const oneBatched = await signIn('auth.signIn?batch=1', { 0: { username: 'race-target', password: 'the right one' } });
      report('batch of one sign-in status', oneBatched, oneBatched === 400);
    } finally {
      await server.close();
    }
  },
});

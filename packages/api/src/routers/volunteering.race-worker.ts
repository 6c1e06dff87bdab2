// A separate process for volunteering.int.test.ts: one volunteer takes a place at the same moment as the others.
import { findUserById, openDatabase, signUpForOpportunity } from '@kruosar/db';
import { DomainError } from '@kruosar/domain';

const [file, opportunityId, volunteerId, startAt, now] = process.argv.slice(2) as [string, string, string, string, string];
const db = openDatabase(file, { migrate: false });
const actor = findUserById(db, volunteerId)!;
// Spin rather than sleep: every process leaves this line within a millisecond or so of the others.
while (Date.now() < Number(startAt));
try {
  const signup = signUpForOpportunity(db, { actor, portal: 'supporters', now: new Date(now) }, { opportunityId });
  process.stdout.write(signup.status);
} catch (error) {
  process.stdout.write(error instanceof DomainError ? error.messageKey : String(error));
} finally {
  db.$client.close();
}

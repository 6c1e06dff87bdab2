// The hive's strings. Khmer first: English is a separate chunk, fetched only if a volunteer picks
// it. Named imports keep only what the hive can show: the value labels of roles and needs, and the
// errors a volunteer can meet (not the case, story or snapshot vocabulary, which grows with staff
// features and would eat the hive's bundle budget). Any other error key falls back to its code's.
import kmCommon from '../locales/km/common.json';
import { invalidCredentials, rateLimited, unauthenticated, forbidden, notFound, conflict, invalid, wrongPortal, unknownVillage, villageOutsideCommune, needReplayDifferent, network, unexpected, field } from '../locales/km/errors.json';
import kmHive from '../locales/km/hive.json';
import { needCategory, needStatus, needUrgency, role } from '../locales/km/values.json';
import type { PortalResources } from './resources';

export const hiveResources: PortalResources = {
  km: {
    common: kmCommon,
    errors: { invalidCredentials, rateLimited, unauthenticated, forbidden, notFound, conflict, invalid, wrongPortal, unknownVillage, villageOutsideCommune, needReplayDifferent, network, unexpected, field },
    values: { role, needCategory, needUrgency, needStatus },
    hive: kmHive,
  },
  en: () => import('./hive-english').then((m) => m.hiveEnglish),
};

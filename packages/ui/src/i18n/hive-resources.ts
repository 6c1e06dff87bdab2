// The hive's strings. Khmer first: English is a separate chunk, fetched only if a volunteer picks
// it. Named imports keep only the value labels the hive shows (roles, needs), not the case vocabulary.
import kmCommon from '../locales/km/common.json';
import kmErrors from '../locales/km/errors.json';
import kmHive from '../locales/km/hive.json';
import { needCategory, needStatus, needUrgency, role } from '../locales/km/values.json';
import type { PortalResources } from './resources';

export const hiveResources: PortalResources = {
  km: { common: kmCommon, errors: kmErrors, values: { role, needCategory, needUrgency, needStatus }, hive: kmHive },
  en: () => import('./hive-english').then((m) => m.hiveEnglish),
};

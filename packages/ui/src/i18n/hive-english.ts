// The hive's English strings, loaded on demand (see hiveResources).
import common from '../locales/en/common.json';
import { invalidCredentials, rateLimited, unauthenticated, forbidden, notFound, conflict, invalid, wrongPortal, unknownVillage, villageOutsideCommune, needReplayDifferent, network, unexpected, field } from '../locales/en/errors.json';
import hive from '../locales/en/hive.json';
import { needCategory, needStatus, needUrgency, role } from '../locales/en/values.json';
import type { Bundle } from './resources';

export const hiveEnglish: Bundle = {
  common,
  errors: { invalidCredentials, rateLimited, unauthenticated, forbidden, notFound, conflict, invalid, wrongPortal, unknownVillage, villageOutsideCommune, needReplayDifferent, network, unexpected, field },
  values: { role, needCategory, needUrgency, needStatus },
  hive,
};

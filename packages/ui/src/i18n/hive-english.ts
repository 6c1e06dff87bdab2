// The hive's English strings, loaded on demand (see hiveResources).
import common from '../locales/en/common.json';
import errors from '../locales/en/errors.json';
import hive from '../locales/en/hive.json';
import { needCategory, needStatus, needUrgency, role } from '../locales/en/values.json';
import type { Bundle } from './resources';

export const hiveEnglish: Bundle = { common, errors, values: { role, needCategory, needUrgency, needStatus }, hive };

// The staff portal's strings: the shared namespaces and its own, both languages bundled.
import enCommon from '../locales/en/common.json';
import enErrors from '../locales/en/errors.json';
import enValues from '../locales/en/values.json';
import enStaff from '../locales/en/staff.json';
import enFamilies from '../locales/en/families.json';
import kmCommon from '../locales/km/common.json';
import kmErrors from '../locales/km/errors.json';
import kmValues from '../locales/km/values.json';
import kmStaff from '../locales/km/staff.json';
import kmFamilies from '../locales/km/families.json';
import type { PortalResources } from './resources';

export const staffResources: PortalResources = {
  en: { common: enCommon, errors: enErrors, values: enValues, staff: enStaff, families: enFamilies },
  km: { common: kmCommon, errors: kmErrors, values: kmValues, staff: kmStaff, families: kmFamilies },
};

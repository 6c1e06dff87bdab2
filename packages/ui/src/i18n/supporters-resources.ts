// The supporters portal's strings: the shared namespaces and its own, both languages bundled.
import enCommon from '../locales/en/common.json';
import enErrors from '../locales/en/errors.json';
import enValues from '../locales/en/values.json';
import enSupporters from '../locales/en/supporters.json';
import kmCommon from '../locales/km/common.json';
import kmErrors from '../locales/km/errors.json';
import kmValues from '../locales/km/values.json';
import kmSupporters from '../locales/km/supporters.json';
import type { PortalResources } from './resources';

export const supportersResources: PortalResources = {
  en: { common: enCommon, errors: enErrors, values: enValues, supporters: enSupporters },
  km: { common: kmCommon, errors: kmErrors, values: kmValues, supporters: kmSupporters },
};

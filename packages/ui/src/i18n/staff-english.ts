// The staff portal's English strings, a chunk of their own: a first load fetches only the language it shows.
import common from '../locales/en/common.json';
import errors from '../locales/en/errors.json';
import values from '../locales/en/values.json';
import staff from '../locales/en/staff.json';
import families from '../locales/en/families.json';
import programmes from '../locales/en/programmes.json';
import type { Bundle } from './resources';

export const staffEnglish: Bundle = { common, errors, values, staff, families, programmes };

// The staff portal's Khmer strings, a chunk of their own: a first load fetches only the language it shows.
import common from '../locales/km/common.json';
import errors from '../locales/km/errors.json';
import values from '../locales/km/values.json';
import staff from '../locales/km/staff.json';
import families from '../locales/km/families.json';
import programmes from '../locales/km/programmes.json';
import type { Bundle } from './resources';

export const staffKhmer: Bundle = { common, errors, values, staff, families, programmes };

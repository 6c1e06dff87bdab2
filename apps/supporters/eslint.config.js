// Portals: React rules, and @kruosar/api for its router type only.
import { portal } from '@kruosar/eslint-config';

export default portal;

import { vitestConfig } from '@kruosar/vitest-config';

export default vitestConfig();

import { portalE2eConfig } from '@kruosar/playwright-config';

export default portalE2eConfig({ portal: 'supporters' });

import type { Page, PlaywrightTestConfig } from '@playwright/test';

export const chromiumArgs: string[];
export function chromiumPath(): string;
export function portalE2eConfig(opts: { portal: 'staff' | 'hive' | 'supporters' }): PlaywrightTestConfig;
export function expectNoAxeViolations(page: Page): Promise<void>;

import type { Browser, Page, PlaywrightTestConfig } from '@playwright/test';

export const chromiumArgs: string[];
export function chromiumPath(): string;
export function portalE2eConfig(opts: { portal: 'staff' | 'hive' | 'supporters' }): PlaywrightTestConfig;
export function expectNoAxeViolations(page: Page): Promise<void>;
export function signInToStaff(page: Page, username: string, password?: string): Promise<void>;
export function staffPage(browser: Browser, username: string, password?: string): Promise<Page>;
export function expectAccessibleInBothLanguages(page: Page): Promise<void>;
export function createStaffAccount(admin: Page, account: { username: string; name: string; role: string }): Promise<string>;
export function chooseNewPassword(page: Page, temporary: string, newPassword: string): Promise<void>;

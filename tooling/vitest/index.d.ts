import type { UserConfig } from 'vitest/config';

export function vitestConfig(overrides?: { environment?: 'node' | 'jsdom'; testTimeout?: number }): UserConfig;

// The one Radix Themes configuration for staff and supporters: calm teal on sage grays.
import '@radix-ui/themes/styles.css';
import '../styles.css';
import { Theme } from '@radix-ui/themes';
import type { ReactNode } from 'react';

export const themeConfig = {
  accentColor: 'teal',
  grayColor: 'sage',
  radius: 'medium',
  scaling: '100%',
  appearance: 'light',
  panelBackground: 'solid',
} as const;

export function KruosarTheme({ children }: { children: ReactNode }) {
  return <Theme {...themeConfig}>{children}</Theme>;
}

// The one Radix Themes configuration for staff and supporters: calm teal on sage grays.
// Colours used anywhere must be imported below (badges: red, amber, green, gray).
// Radix's CSS piece by piece: only the colours we use (its full styles.css carries all 30 palettes).
import '@radix-ui/themes/tokens/base.css';
import '@radix-ui/themes/tokens/colors/teal.css';
import '@radix-ui/themes/tokens/colors/sage.css';
import '@radix-ui/themes/tokens/colors/gray.css';
import '@radix-ui/themes/tokens/colors/red.css';
import '@radix-ui/themes/tokens/colors/amber.css';
import '@radix-ui/themes/tokens/colors/green.css';
import '@radix-ui/themes/components.css';
import '@radix-ui/themes/utilities.css';
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

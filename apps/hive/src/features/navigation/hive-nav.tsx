// The hive's sections: register a need (with My reports) and the commune's hive board.
import type { MouseEvent } from 'react';
import { useTranslation } from '@kruosar/ui/hive-lite';
import { navigate } from './use-path';

const base = import.meta.env.BASE_URL; // "/hive/"
export const screenPaths = { home: base, board: `${base}board`, voice: `${base}tell-us` } as const;
export type Screen = keyof typeof screenPaths;

export function screenOf(pathname: string): Screen | null {
  if (pathname === base || `${pathname}/` === base || pathname === `${base}index.html`) return 'home';
  if (pathname === screenPaths.voice || pathname === `${screenPaths.voice}/`) return 'voice';
  return pathname === screenPaths.board || pathname === `${screenPaths.board}/` ? 'board' : null;
}

export function HiveNav({ current }: { current: Screen | null }) {
  const { t } = useTranslation('hive');
  const follow = (event: MouseEvent<HTMLAnchorElement>, screen: Screen) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(screenPaths[screen]);
  };
  return (
    <nav aria-label={t('nav.label')} className="hive-nav">
      {(['home', 'board', 'voice'] as const).map((screen) => (
        <a key={screen} href={screenPaths[screen]} aria-current={current === screen ? 'page' : undefined} onClick={(e) => follow(e, screen)}>
          {t(`nav.${screen}`)}
        </a>
      ))}
    </nav>
  );
}

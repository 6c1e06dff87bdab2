// The child's views panel (with the feedback strings) is its own chunk: the case page's first load has a budget.
import { lazy, Suspense, type ComponentProps } from 'react';
import { LoadingState } from '@kruosar/ui';

const Panel = lazy(() => import('./child-voice-panel').then((m) => ({ default: m.ChildVoicePanel })));

export function ChildVoicePanel(props: ComponentProps<typeof Panel>) {
  return (
    <Suspense fallback={<LoadingState />}>
      <Panel {...props} />
    </Suspense>
  );
}

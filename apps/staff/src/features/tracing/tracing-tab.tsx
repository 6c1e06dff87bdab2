// The case page's "Going home" tab: the child's stay in an institution, the search for the family, possible
// matches and the plan home. Loaded when first opened, so the case page's first load does not carry it.
import { lazy, Suspense } from 'react';
import { LoadingState } from '@kruosar/ui';
import type { CaseTabProps } from '../case-page/case-types';

const TracingPanel = lazy(() => import('./tracing-panel').then((m) => ({ default: m.TracingPanel })));

export function TracingTab(props: CaseTabProps) {
  return (
    <Suspense fallback={<LoadingState />}>
      <TracingPanel {...props} />
    </Suspense>
  );
}

// The merge panel and notice, loaded with their strings only when a page shows them (the staff first-load budget).
import { lazy, Suspense, type ComponentProps } from 'react';
import { LoadingState } from '@kruosar/ui';

const Panel = lazy(() => import('./merge-history').then((m) => ({ default: m.MergePanel })));
const Notice = lazy(() => import('./merge-history').then((m) => ({ default: m.MergedNotice })));

export function LazyMergePanel(props: ComponentProps<typeof Panel>) {
  return <Suspense fallback={<LoadingState />}><Panel {...props} /></Suspense>;
}

export function LazyMergedNotice(props: ComponentProps<typeof Notice>) {
  return <Suspense fallback={<LoadingState />}><Notice {...props} /></Suspense>;
}

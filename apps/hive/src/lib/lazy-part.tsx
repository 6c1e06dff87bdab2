// A part of the screen fetched as its own chunk after the first paint (bundle budget). If the chunk cannot be
// fetched (offline before the service worker kept it), the part says so instead of taking the whole app down.
import { lazy, type ComponentType } from 'react';
import { ErrorState } from '@kruosar/ui/hive-lite';

export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy<ComponentType<P>>(() =>
    load().then(
      (component) => ({ default: component }),
      (error: unknown) => ({ default: () => <ErrorState error={error} onRetry={() => window.location.reload()} /> }),
    ),
  );
}

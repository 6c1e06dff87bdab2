// The supporters portal: a public page for everyone; donors and volunteers may sign in.
import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { Router } from 'wouter';
import { KruosarTheme, applyAccountLocale, createPortalQueryClient, type PortalI18n } from '@kruosar/ui';
import { useCurrentUser } from './lib/auth';
import { TRPCProvider, trpcClient } from './lib/trpc';
import { SupportersRoutes } from './routes/supporters-routes';

export function App({ i18n }: { i18n: PortalI18n }) {
  const [queryClient] = useState(createPortalQueryClient);
  return (
    <I18nextProvider i18n={i18n}>
      <KruosarTheme>
        <QueryClientProvider client={queryClient}>
          <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
            {/* BASE_URL is "/supporters/"; wouter wants it without the trailing slash. */}
            <Router base={import.meta.env.BASE_URL.replace(/\/$/, '')}>
              <FollowAccountLocale i18n={i18n} />
              <SupportersRoutes />
            </Router>
          </TRPCProvider>
        </QueryClientProvider>
      </KruosarTheme>
    </I18nextProvider>
  );
}

/** Once someone signs in, the portal follows their account's language (unless this device chose one). */
function FollowAccountLocale({ i18n }: { i18n: PortalI18n }) {
  const user = useCurrentUser().data ?? null;
  useEffect(() => {
    if (user) void applyAccountLocale(i18n, user.locale);
  }, [i18n, user]);
  return null;
}

// Hive portal entry: Khmer unless this phone chose English; the service worker keeps the app on the phone.
import '@kruosar/ui/styles.css';
import './hive.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { hiveResources, initI18n } from '@kruosar/ui/hive-lite';
import { App } from './app';
import { registerServiceWorker } from './lib/service-worker';

void initI18n({ portal: 'hive', resources: hiveResources, defaultLocale: 'km' }).then((i18n) =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App i18n={i18n} />
    </StrictMode>,
  ),
);

if (import.meta.env.PROD) registerServiceWorker(import.meta.env.BASE_URL);

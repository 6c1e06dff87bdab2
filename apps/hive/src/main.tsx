// Hive portal entry: Khmer unless this phone chose English.
import '@kruosar/ui/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { hiveResources, initI18n } from '@kruosar/ui/hive-lite';
import { App } from './app';

void initI18n({ portal: 'hive', resources: hiveResources, defaultLocale: 'km' }).then((i18n) =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App i18n={i18n} />
    </StrictMode>,
  ),
);

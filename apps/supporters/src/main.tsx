// Supporters portal entry: English unless the person or their account chose Khmer.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n, supportersResources } from '@kruosar/ui';
import { App } from './app';
import './supporters.css';

void initI18n({ portal: 'supporters', resources: supportersResources, defaultLocale: 'en' }).then((i18n) =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App i18n={i18n} />
    </StrictMode>,
  ),
);

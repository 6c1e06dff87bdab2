// Supporters portal entry: the language the person or their account chose, else the browser's preference
// (Khmer for a Khmer phone), else English.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browserLocale, initI18n, supportersResources } from '@kruosar/ui';
import { App } from './app';
import './supporters.css';

void initI18n({ portal: 'supporters', resources: supportersResources, defaultLocale: browserLocale(navigator.languages) ?? 'en' }).then((i18n) =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App i18n={i18n} />
    </StrictMode>,
  ),
);

// Starts the hive's translations with its own small engine, not i18next (see translator.ts for why).
import { startI18n, type I18nOptions, type PortalI18n } from '../i18n/init-core';
import { createLiteTranslator } from './translator';

export function initI18n(options: I18nOptions): Promise<PortalI18n> {
  return startI18n(options, async ({ resources, lng, fallbackLng }) =>
    createLiteTranslator({ resources: resources as Parameters<typeof createLiteTranslator>[0]['resources'], lng, fallbackLng, defaultNS: 'common' }),
  );
}

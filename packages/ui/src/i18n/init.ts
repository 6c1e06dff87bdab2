// Starts i18next for the staff and supporters portals (the hive uses its own small engine: lite/init.ts).
import { createInstance } from 'i18next';
import { startI18n, type I18nOptions, type PortalI18n } from './init-core';

export * from './init-core';

export function initI18n(options: I18nOptions): Promise<PortalI18n> {
  return startI18n(options, async ({ resources, lng, fallbackLng, ns }) => {
    const instance = createInstance();
    await instance.init({
      resources,
      lng,
      fallbackLng,
      supportedLngs: ['en', 'km'],
      ns,
      defaultNS: 'common',
      interpolation: { escapeValue: false }, // React escapes already
      initAsync: false,
    });
    return instance;
  });
}

// Any address the hive portal does not know.
import { usePageTitle, useTranslation } from '@kruosar/ui/hive-lite';

export function NotFound() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <a href={import.meta.env.BASE_URL}>{t('notFound.home')}</a>
    </>
  );
}

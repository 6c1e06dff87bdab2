// A story's place: a province at most, or the country when the writer chose none.
import type { Locale } from '@kruosar/domain';
import type { PublishedStory } from './use-published-stories';

export function storyPlaceOf(story: Pick<PublishedStory, 'provinceNameKm' | 'provinceNameLatin'>, locale: Locale, country: string): string {
  const name = locale === 'km' ? story.provinceNameKm : story.provinceNameLatin;
  return name ?? country;
}

// The start of a story for the list: cut between words (Khmer has no spaces, so Intl.Segmenter finds them),
// never inside a letter cluster.

export function excerpt(text: string, max: number, locale: string): string {
  if (text.length <= max) return text;
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  let end = 0;
  for (const { index, segment } of segmenter.segment(text)) {
    if (index + segment.length > max) break;
    end = index + segment.length;
  }
  return `${text.slice(0, end).trimEnd()}…`;
}

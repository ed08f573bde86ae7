// How long ago a memory was written, said the way a person would: "1 month ago", "1 year ago",
// "2 years and 3 months ago".

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export function monthsAgoLabel(monthsAgo: number): string {
  const months = Math.max(0, Math.floor(monthsAgo));
  if (months === 0) return 'Earlier this month';
  const years = Math.floor(months / 12);
  const rest = months % 12;
  if (years === 0) return `${plural(rest, 'month')} ago`;
  if (rest === 0) return `${plural(years, 'year')} ago`;
  return `${plural(years, 'year')} and ${plural(rest, 'month')} ago`;
}

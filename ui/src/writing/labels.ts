// Feelings and tags as people type them, cleaned the way the core stores them, so what the
// editor shows is what comes back: feelings in lower case, tags without a leading '#', both
// without repeats (ignoring case) and within the core's limits.
import { MAX_LABEL_CHARS, MAX_LABELS } from './entry-fields';

const collapse = (text: string) => text.trim().replace(/\s+/g, ' ');

/** Cuts a label to the core's limit, counting Unicode characters as the core does. */
function clip(label: string): string {
  const chars = [...label];
  return chars.length > MAX_LABEL_CHARS ? chars.slice(0, MAX_LABEL_CHARS).join('').trimEnd() : label;
}

export function normalizeFeeling(raw: string): string {
  return clip(collapse(raw).toLowerCase());
}

export function normalizeTag(raw: string): string {
  return clip(collapse(raw).replace(/^#+/, '').trim());
}

/** Adds labels that are not there yet, up to MAX_LABELS in all. */
export function withLabels(existing: string[], added: string[]): string[] {
  const result = [...existing];
  for (const label of added) {
    if (result.length >= MAX_LABELS) break;
    if (!label || result.some((kept) => kept.toLowerCase() === label.toLowerCase())) continue;
    result.push(label);
  }
  return result;
}

export function withoutLabel(existing: string[], label: string): string[] {
  return existing.filter((kept) => kept !== label);
}

/**
 * Splits what was typed into the tag field at commas: everything before the last comma is a
 * finished tag, what follows is still being typed.
 */
export function splitTagInput(raw: string): { finished: string[]; rest: string } {
  const parts = raw.split(/[,，、]/);
  const rest = parts.pop() ?? '';
  return { finished: parts.map(normalizeTag).filter(Boolean), rest };
}

/** Tags in use that start with what was typed (or the most used, when nothing is), minus those chosen. */
export function tagSuggestions(
  vocabulary: string[],
  chosen: string[],
  typed: string,
  limit = 6,
): string[] {
  const wanted = normalizeTag(typed).toLowerCase();
  const taken = new Set(chosen.map((tag) => tag.toLowerCase()));
  const fits = vocabulary.filter((tag) => !taken.has(tag.toLowerCase()));
  const starts = fits.filter((tag) => tag.toLowerCase().startsWith(wanted));
  const contains = wanted
    ? fits.filter((tag) => !tag.toLowerCase().startsWith(wanted) && tag.toLowerCase().includes(wanted))
    : [];
  return [...starts, ...contains].slice(0, limit);
}

// One entry as a card to open: its day, title or opening words, and how the day felt. Used by
// the month list, On this day and search results alike, so an entry always looks the same.
import type { ComponentChildren } from 'preact';
import type { EntrySummary } from '../bindings/EntrySummary';
import { parseDay, relativeDayLabel } from '../journal/dates';
import { labelMatches } from '../search/highlighted';
import { StarIcon } from '../writing/icons';
import { trustLevel } from './trust-scale';
import * as clock from '../clock';

/** Labels beyond these are counted rather than shown, so a card keeps to a line or two. */
const LABELS_SHOWN = 4;

const DAY_MONTH = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long' });
const DAY_MONTH_YEAR = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** "27 October 2025", without the weekday, for cards that already say when in other words. */
export function shortDayLabel(day: string, now: Date = clock.now()): string {
  const date = parseDay(day);
  if (Number.isNaN(date.getTime())) return day;
  return (date.getFullYear() === now.getFullYear() ? DAY_MONTH : DAY_MONTH_YEAR).format(date);
}

type Props = {
  entry: EntrySummary;
  onOpen: (id: string) => void;
  testId: string;
  /** Said before the day, such as "1 year ago"; the day is then written shorter. */
  eyebrow?: string;
  /** Shown instead of the entry's title and preview, such as search highlights. */
  title?: ComponentChildren;
  text?: ComponentChildren;
  /** Searched words, folded: feelings and tags they begin are marked. */
  searched?: readonly string[];
  now?: Date;
};

export function TrustBadge({ trust }: { trust: number | null }) {
  const level = trustLevel(trust);
  if (level === null) return null;
  return (
    <span class="trust-badge" data-trust={level} title={`Trust ${level}/10`}>
      <span class="trust-dot" aria-hidden="true" />
      <span class="visually-hidden">Trust </span>
      {level}/10
    </span>
  );
}

function Label({ text, searched }: { text: string; searched: readonly string[] }) {
  return searched.length > 0 && labelMatches(text, searched) ? <mark>{text}</mark> : <>{text}</>;
}

function Labels({ entry, searched }: { entry: EntrySummary; searched: readonly string[] }) {
  const feelings = entry.feelings.slice(0, LABELS_SHOWN);
  const tags = entry.tags.slice(0, LABELS_SHOWN);
  const more = entry.feelings.length - feelings.length + entry.tags.length - tags.length;
  if (feelings.length + tags.length === 0) return null;
  return (
    <span class="entry-card-labels">
      {feelings.map((feeling) => (
        <span class="feeling-chip" key={`f-${feeling}`} dir="auto">
          <Label text={feeling} searched={searched} />
        </span>
      ))}
      {tags.map((tag) => (
        <span class="tag-label" key={`t-${tag}`} dir="auto">
          #<Label text={tag} searched={searched} />
        </span>
      ))}
      {more > 0 && <span class="labels-more">+{more}</span>}
    </span>
  );
}

export function EntryCard(props: Props) {
  const { entry, onOpen, testId, eyebrow, title, text, searched = [], now = clock.now() } = props;
  const ownTitle = entry.title.trim();
  const heading = title ?? (ownTitle || null);
  const body = text ?? entry.preview;
  return (
    <button
      type="button"
      class="entry-card"
      onClick={() => onOpen(entry.id)}
      data-testid={testId}
      data-entry-id={entry.id}
    >
      <span class="entry-card-top">
        <span class="entry-card-day">
          {eyebrow && <span class="entry-card-eyebrow">{eyebrow}</span>}
          {eyebrow ? shortDayLabel(entry.day, now) : relativeDayLabel(entry.day, now)}
        </span>
        <span class="entry-card-marks">
          {entry.starred && (
            <span class="entry-card-star" title="Starred">
              <StarIcon filled />
              <span class="visually-hidden">Starred</span>
            </span>
          )}
          <TrustBadge trust={entry.trust} />
        </span>
      </span>
      {heading && (
        <span class="entry-card-title" dir="auto">
          {heading}
        </span>
      )}
      {body ? (
        <span class={heading ? 'entry-card-text' : 'entry-card-text entry-card-text-lead'} dir="auto">
          {body}
        </span>
      ) : (
        !heading && <span class="entry-card-text entry-card-empty">Nothing written</span>
      )}
      <Labels entry={entry} searched={searched} />
    </button>
  );
}

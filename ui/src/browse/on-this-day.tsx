// "On this day": what was written on today's date in earlier months and years. Nothing shows
// when there is nothing, rather than a reminder of what was not written.
import { useEffect, useState } from 'preact/hooks';
import * as api from '../api';
import type { Memory } from '../bindings/Memory';
import { EntryCard } from './entry-card';
import { monthsAgoLabel } from './memories';

/** Memories shown before "Show all": enough to glance at, few enough to stay calm. */
export const MEMORIES_SHOWN = 3;

/**
 * The memories to show first: the most recent, then whole years ago (the anniversaries people
 * look for), then the rest, each in the core's order.
 */
export function firstMemories(memories: readonly Memory[], count = MEMORIES_SHOWN): Memory[] {
  const [latest, ...rest] = memories;
  if (!latest) return [];
  const years = rest.filter((memory) => memory.months_ago % 12 === 0);
  const others = rest.filter((memory) => memory.months_ago % 12 !== 0);
  return [latest, ...years, ...others].slice(0, count);
}

type Props = {
  onOpen: (id: string) => void;
  revision: unknown;
  onError: (reason: unknown) => void;
  fetchMemories?: () => Promise<Memory[]>;
};

export function OnThisDay({ onOpen, revision, onError, fetchMemories = api.onThisDay }: Props) {
  const [memories, setMemories] = useState<Memory[] | null>(null);
  const [all, setAll] = useState(false);

  useEffect(() => {
    let current = true;
    fetchMemories().then((found) => current && setMemories(found), onError);
    return () => {
      current = false;
    };
  }, [revision]);

  if (!memories || memories.length === 0) return null;
  const shown = all ? memories : firstMemories(memories);
  const hidden = memories.length - shown.length;

  return (
    <section class="memories" data-testid="on-this-day" aria-labelledby="on-this-day-title">
      <h2 class="section-title" id="on-this-day-title">
        On this day
      </h2>
      <ul class="card-list">
        {shown.map((memory) => (
          <li key={memory.entry.id}>
            <EntryCard
              entry={memory.entry}
              eyebrow={monthsAgoLabel(memory.months_ago)}
              onOpen={onOpen}
              testId="memory"
            />
          </li>
        ))}
      </ul>
      {(hidden > 0 || all) && memories.length > MEMORIES_SHOWN && (
        <button
          type="button"
          class="link-button"
          onClick={() => setAll(!all)}
          aria-expanded={all}
          data-testid="on-this-day-more"
        >
          {all ? 'Show fewer' : `Show all ${memories.length}`}
        </button>
      )}
    </section>
  );
}

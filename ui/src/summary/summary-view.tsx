// Timeline → Prepare a summary: a span of days, the sections to include, and entries picked one
// by one (no entry's words are in a summary unless picked); a preview of the document; and
// saving it as a PDF or a web page, after saying plainly that neither copy is encrypted.
import { createPortal } from 'preact/compat';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import * as api from '../api';
import { toCommandError } from '../api';
import type { EntrySummary } from '../bindings/EntrySummary';
import type { Summary } from '../bindings/Summary';
import type { SummarySection } from '../bindings/SummarySection';
import { addDays } from '../browse/calendar-grid';
import { BusyButton } from '../controls/busy-button';
import { localDay } from '../journal/dates';
import { dayProblem, firstProblem } from '../records/checks';
import { CheckField, DayField } from '../records/form-fields';
import { countOf, shortDayLabel } from '../records/labels';
import { latestOnly } from '../search/latest-only';
import { SummaryDocument } from './summary-document';
import documentStyle from './summary-document.css?inline';
import { SECTIONS, spanWords } from './words';
import './summary-document.css';
import './summary.css';

type Props = {
  onBack: () => void;
  /** Told when the journal turned out to be locked. */
  onLocked: (reason: unknown) => void;
};

type Request = { from: string; to: string; sections: SummarySection[]; entries: string[] };

/** The saved web page: the document and its own style, with nothing fetched from anywhere. */
export function webPage(documentHtml: string, title: string): string {
  const escapedTitle = title.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapedTitle}</title>
<style>
body { margin: 0; background: #f6f1e8; }
${documentStyle}
</style>
</head>
<body>
${documentHtml}
</body>
</html>
`;
}

function choiceLabel(entry: EntrySummary): string {
  return `${shortDayLabel(entry.day)} · ${entry.title || entry.preview || 'Untitled'}`;
}

/** The element that holds the summary alone while the window is printed to a PDF. */
function usePrintRoot(): HTMLElement | null {
  const [root, setRoot] = useState<HTMLElement | null>(null);
  useEffect(() => {
    const element = document.createElement('div');
    element.id = 'summary-print';
    document.body.append(element);
    setRoot(element);
    return () => element.remove();
  }, []);
  return root;
}

export function SummaryView({ onBack, onLocked }: Props) {
  const today = useMemo(() => localDay(), []);
  const [from, setFrom] = useState(addDays(today, -29));
  const [to, setTo] = useState(today);
  const [sections, setSections] = useState<SummarySection[]>(SECTIONS.map((section) => section.value));
  const [picked, setPicked] = useState<string[]>([]);
  const [summary, setSummary] = useState<Summary | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [saving, setSaving] = useState<'pdf' | 'html' | null>(null);
  const preview = useRef<HTMLDivElement>(null);
  const printRoot = usePrintRoot();
  const requests = useMemo(() => latestOnly((request: Request) => api.summary(request)), []);

  const fail = (reason: unknown) => {
    const error = toCommandError(reason);
    if (error.kind === 'locked') onLocked(reason);
    else setProblem(error.message);
  };

  useEffect(() => {
    const wrong = firstProblem(dayProblem(from), dayProblem(to));
    if (wrong) {
      setProblem(wrong);
      return;
    }
    requests.request(
      { from, to, sections, entries: picked },
      (answer) => {
        setSummary(answer);
        setProblem(null);
      },
      fail,
    );
  }, [from, to, sections.join(), picked.join()]);
  useEffect(() => requests.cancel, []);

  const toggleSection = (section: SummarySection, on: boolean) =>
    setSections((now) => SECTIONS.map((s) => s.value).filter((s) => (s === section ? on : now.includes(s))));
  const togglePick = (id: string, on: boolean) => setPicked((now) => (on ? [...now, id] : now.filter((p) => p !== id)));

  const save = async (as: 'pdf' | 'html') => {
    const shown = preview.current?.querySelector('.summary-document');
    if (!summary || !shown || saving) return;
    setSaved(null);
    setProblem(null);
    setSaving(as);
    try {
      const path =
        as === 'pdf'
          ? await api.saveSummaryPdf(summary.from, summary.to)
          : await api.saveSummaryHtml(webPage(shown.outerHTML, `Summary, ${spanWords(summary.from, summary.to)}`), summary.from, summary.to);
      if (path) setSaved(`Saved to ${path}. It is not encrypted, so keep it somewhere private, and delete it when you no longer need it.`);
    } catch (reason) {
      fail(reason);
    } finally {
      setSaving(null);
    }
  };

  const choices = summary?.choices ?? [];
  return (
    <div class="place-page summary-page" data-testid="summary-view">
      <header class="page-header">
        <div>
          <h1 class="page-title">A summary for a session</h1>
          <p class="page-meta">For you to bring to couples therapy or your own. Nothing is sent anywhere.</p>
        </div>
        <button type="button" class="btn btn-quiet" onClick={onBack} data-testid="summary-back">
          Back to the timeline
        </button>
      </header>

      <div class="summary-layout">
        <form class="summary-choices" onSubmit={(event) => event.preventDefault()} aria-label="What the summary holds">
          <div class="form-row">
            <DayField label="From" value={from} onInput={setFrom} testId="summary-from" />
            <DayField label="To" value={to} onInput={setTo} testId="summary-to" />
          </div>
          <fieldset class="summary-fieldset">
            <legend class="field-label">Sections</legend>
            {SECTIONS.map(({ value, label }) => (
              <CheckField
                key={value}
                label={label}
                checked={sections.includes(value)}
                onChange={(on) => toggleSection(value, on)}
                testId={`summary-section-${value}`}
              />
            ))}
          </fieldset>
          <fieldset class="summary-fieldset">
            <legend class="field-label">Entries to share</legend>
            <p class="field-hint" data-testid="summary-picked">
              {picked.length === 0
                ? 'None picked. No entry’s words are in the summary unless you pick it here.'
                : `${countOf(picked.length, 'entry', 'entries')} picked, shown in full.`}
            </p>
            {choices.length === 0 ? (
              <p class="field-hint">No entries in these days.</p>
            ) : (
              <ul class="summary-pick-list">
                {choices.map((entry) => (
                  <li key={entry.id}>
                    <label class="check-field summary-pick">
                      <input
                        type="checkbox"
                        checked={picked.includes(entry.id)}
                        onChange={(event) => togglePick(entry.id, event.currentTarget.checked)}
                        data-testid="summary-pick"
                        data-entry-id={entry.id}
                      />
                      <span dir="auto">{choiceLabel(entry)}</span>
                    </label>
                  </li>
                ))}
              </ul>
            )}
            {summary?.moreChoices && <p class="field-hint">Only the newest {choices.length} are listed. Choose a shorter span to see the rest.</p>}
          </fieldset>

          <p class="callout callout-plain" data-testid="summary-not-encrypted">
            A saved summary is not encrypted: anyone who opens the file can read it. Keep it somewhere private.
          </p>
          <div class="summary-actions">
            <BusyButton type="button" busy={saving === 'pdf'} busyLabel="Saving…" onClick={() => void save('pdf')} testId="summary-save-pdf">
              Save as PDF…
            </BusyButton>
            <BusyButton
              type="button"
              variant="secondary"
              busy={saving === 'html'}
              busyLabel="Saving…"
              onClick={() => void save('html')}
              testId="summary-save-html"
            >
              Save as web page…
            </BusyButton>
          </div>
          <p role="status" class="summary-saved" data-testid="summary-saved">
            {saved}
          </p>
          <p class="form-error" role="alert" data-testid="summary-problem">
            {problem}
          </p>
        </form>

        <div ref={preview} class="summary-preview" aria-label="Preview" data-testid="summary-preview">
          {summary && <SummaryDocument summary={summary} prepared={today} />}
        </div>
      </div>
      {printRoot && summary && createPortal(<SummaryDocument summary={summary} prepared={today} />, printRoot)}
    </div>
  );
}

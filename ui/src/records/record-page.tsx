// The frame of each progress screen: its title, a line about what it holds, its main action,
// and the content beneath, at a calm reading width.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import './records.css';

type Props = {
  title: string;
  meta?: ComponentChildren;
  /** The main action, such as "New agreement". */
  action?: ComponentChildren;
  testId: string;
  children: ComponentChildren;
};

export function RecordPage({ title, meta, action, testId, children }: Props) {
  const root = useRef<HTMLDivElement>(null);

  // Arriving by a shortcut from the editor, which has gone, the keyboard starts here.
  useEffect(() => {
    if (!document.activeElement || document.activeElement === document.body) {
      root.current?.focus({ preventScroll: true });
    }
  }, []);

  return (
    <div ref={root} class="place-page records-view" tabIndex={-1} data-testid={testId}>
      <header class="page-header records-header">
        <div class="records-title">
          <h1 class="page-title">{title}</h1>
          {meta && <p class="page-meta records-meta">{meta}</p>}
        </div>
        {action && <div class="records-action">{action}</div>}
      </header>
      {children}
    </div>
  );
}

/** What a screen says before its first answer, or when there is nothing to show. */
export function RecordsEmpty({ children, testId }: { children: ComponentChildren; testId?: string }) {
  return (
    <div class="records-empty" data-testid={testId}>
      {children}
    </div>
  );
}

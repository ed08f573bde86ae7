// Turns an entry's Markdown into HTML that is safe to show inside the app's window. Two layers:
// the Markdown renderer never emits raw HTML, links or images of its own, and DOMPurify then
// allows only plain reading tags and strips every address, so nothing written in an entry can
// run, load or navigate.
import DOMPurify from 'dompurify';
import { Marked, type Tokens } from 'marked';

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => escapes[c]!);

/** Addresses worth showing on hover; anything else (javascript:, data:, file:) is not shown at all. */
const SHOWABLE_ADDRESS = /^(https?:|mailto:)/i;

const marked = new Marked({
  gfm: true,
  breaks: true,
  async: false,
  renderer: {
    // Raw HTML in an entry is text the person typed: show it, never interpret it.
    html: ({ text }: Tokens.HTML | Tokens.Tag) => escapeHtml(text),
    // A link keeps its words; the address is only shown on hover, and nothing can be followed.
    link({ href, tokens }: Tokens.Link) {
      const label = this.parser.parseInline(tokens);
      const hint = SHOWABLE_ADDRESS.test(href) ? ` title="${escapeHtml(href)}"` : '';
      return `<span class="md-link"${hint}>${label}</span>`;
    },
    // Images would reach outside the vault; their description stands in for them.
    image: ({ text }: Tokens.Image) =>
      text ? `<span class="md-image">[${escapeHtml(text)}]</span>` : '',
  },
});

const ALLOWED_TAGS = [
  'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'em', 'del', 's', 'blockquote',
  'ul', 'ol', 'li', 'code', 'pre', 'span', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'input',
];
const ALLOWED_ATTR = ['class', 'title', 'type', 'checked', 'disabled', 'start', 'align', 'dir'];
const TEXT_BLOCKS = new Set(['P', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'TD', 'TH']);

let purifier: ReturnType<typeof DOMPurify> | null = null;

function sanitizer() {
  if (purifier) return purifier;
  purifier = DOMPurify(window);
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (!(node instanceof Element)) return;
    // Task list boxes only show what was ticked; they are never a form control.
    if (node.tagName === 'INPUT') {
      if (node.getAttribute('type') !== 'checkbox') node.remove();
      else node.setAttribute('disabled', '');
    }
    // Each paragraph finds its own direction, so a Hebrew line among English ones reads right.
    if (TEXT_BLOCKS.has(node.tagName)) node.setAttribute('dir', 'auto');
  });
  return purifier;
}

/** Only reading tags survive, and no attribute that could hold an address, a style or a script. */
export function sanitizeHtml(html: string): string {
  return sanitizer().sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
  });
}

export function renderMarkdown(text: string): string {
  return sanitizeHtml(marked.parse(text) as string);
}

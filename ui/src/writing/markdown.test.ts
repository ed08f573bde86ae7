// @vitest-environment jsdom
// The sanitizer is tested on jsdom, the DOM implementation DOMPurify itself is tested on.
import { describe, expect, it } from 'vitest';
import { renderMarkdown, sanitizeHtml } from './markdown';

function rendered(markdown: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = renderMarkdown(markdown);
  return root;
}

describe('renderMarkdown', () => {
  it('renders ordinary Markdown for reading', () => {
    const root = rendered('# A day\n\nSome **bold** and *soft* words.\n\n> quoted\n\n- one\n- two');
    expect(root.querySelector('h1')?.textContent).toBe('A day');
    expect(root.querySelector('strong')?.textContent).toBe('bold');
    expect(root.querySelector('em')?.textContent).toBe('soft');
    expect(root.querySelector('blockquote')?.textContent?.trim()).toBe('quoted');
    expect(root.querySelectorAll('li')).toHaveLength(2);
  });

  it('keeps single line breaks, as people write in a journal', () => {
    expect(rendered('one\ntwo').querySelector('br')).not.toBeNull();
  });

  it('shows raw HTML as the text it is, never as markup', () => {
    const root = rendered('<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n<b onclick="x()">b</b>');
    expect(root.querySelector('script, img, b, [onerror], [onclick]')).toBeNull();
    expect(root.textContent).toContain('<script>alert(1)</script>');
    expect(root.textContent).toContain('<img src=x onerror="alert(2)">');
  });

  it('removes inline HTML tags with handlers inside a paragraph', () => {
    const root = rendered('Before <svg onload="alert(1)"><circle/></svg> after <iframe src="https://x"></iframe>');
    expect(root.querySelector('svg, iframe, [onload]')).toBeNull();
    expect(root.innerHTML).not.toMatch(/<(svg|iframe)/);
  });

  it('neutralises links: no address to follow, javascript: not even shown', () => {
    const root = rendered('[safe](https://example.org) and [evil](javascript:alert(1)) and <https://auto.example>');
    expect(root.querySelector('a, [href]')).toBeNull();
    const links = [...root.querySelectorAll('.md-link')];
    expect(links.map((l) => l.textContent)).toEqual(['safe', 'evil', 'https://auto.example']);
    expect(links[0]!.getAttribute('title')).toBe('https://example.org');
    expect(links[1]!.hasAttribute('title')).toBe(false);
    expect(root.innerHTML).not.toContain('javascript:');
  });

  it('never loads images: remote or data, only their description remains', () => {
    const root = rendered('![the lake](https://tracker.example/pixel.png) ![](data:image/png;base64,AAAA)');
    expect(root.querySelector('img, [src]')).toBeNull();
    expect(root.textContent).toContain('[the lake]');
    expect(root.innerHTML).not.toContain('tracker.example');
  });

  it('shows task lists as boxes that cannot be changed', () => {
    const root = rendered('- [x] called the therapist\n- [ ] walk');
    const boxes = [...root.querySelectorAll('input')];
    expect(boxes).toHaveLength(2);
    expect(boxes.every((box) => box.type === 'checkbox' && box.disabled)).toBe(true);
    expect(boxes[0]!.checked).toBe(true);
  });

  it('lets each paragraph find its own direction', () => {
    const root = rendered('English first.\n\nשלום, זה עברית.');
    expect([...root.querySelectorAll('p')].map((p) => p.getAttribute('dir'))).toEqual(['auto', 'auto']);
  });

  it('drops style and event attributes that markup could smuggle in', () => {
    const root = rendered('<p style="position:fixed" onmouseover="x()">p</p>\n\n*x*');
    expect(root.querySelector('[style], [onmouseover]')).toBeNull();
  });
});

describe('sanitizeHtml, the second layer', () => {
  it('removes scripts, handlers, frames and every address even if HTML reaches it', () => {
    const root = document.createElement('div');
    root.innerHTML = sanitizeHtml(
      '<p onclick="x()">text</p><script>alert(1)</script><img src="https://x/p.png" onerror="alert(2)">' +
        '<a href="javascript:alert(3)" target="_blank">go</a><iframe src="https://x"></iframe>' +
        '<form action="https://x"><input type="text" name="q"><input type="checkbox" checked></form>' +
        '<span style="color:red" data-x="1">s</span>',
    );
    expect(root.querySelector('script, img, a, iframe, form, [onclick], [onerror], [href], [src], [action], [style], [data-x]')).toBeNull();
    expect(root.querySelector('input[type="text"]')).toBeNull();
    expect((root.querySelector('input[type="checkbox"]') as HTMLInputElement | null)?.disabled).toBe(true);
    expect(root.textContent).toContain('text');
    expect(root.textContent).toContain('go');
  });
});

import { describe, expect, it } from 'vitest';
import { parseMarkdown, safeHref, toHtml, type Block, type Inline } from './parse';

const html = (md: string) => toHtml(parseMarkdown(md));

/** Every link target anywhere in the tree. */
function hrefs(blocks: Block[]): string[] {
  const out: string[] = [];
  const walk = (nodes: Inline[]) => {
    for (const n of nodes) {
      if (n.t === 'link') out.push(n.href);
      if ('children' in n) walk(n.children);
    }
  };
  for (const b of blocks) {
    if (b.t === 'list') b.items.forEach(walk);
    else if ('children' in b) walk(b.children);
  }
  return out;
}

describe('the safe subset', () => {
  it('reads headings, paragraphs and emphasis', () => {
    expect(html('# Lägesbild\n\nDet **anmälda** våldet har *minskat*.')).toBe(
      '<h1>Lägesbild</h1>\n<p>Det <strong>anmälda</strong> våldet har <em>minskat</em>.</p>',
    );
  });

  it('reads bullet and numbered lists, with continuation lines', () => {
    expect(html('- skola\n- fritid\n  och idrott')).toBe('<ul><li>skola</li><li>fritid och idrott</li></ul>');
    expect(html('3. tre\n4. fyra')).toBe('<ol start="3"><li>tre</li><li>fyra</li></ol>');
  });

  it('reads code spans and fenced code literally', () => {
    expect(html('`<b>` och `**x**`')).toBe('<p><code>&lt;b&gt;</code> och <code>**x**</code></p>');
    expect(html('```\n<script>alert(1)</script>\n```')).toBe(
      '<pre><code>&lt;script&gt;alert(1)&lt;/script&gt;</code></pre>',
    );
  });

  it('keeps snake_case words and lone markers as they are', () => {
    expect(html('risk_factor_index och 5 * 3')).toBe('<p>risk_factor_index och 5 * 3</p>');
  });

  it('reads http, https and mailto links and autolinks', () => {
    expect(html('[Brå](https://bra.se/statistik) och <mailto:a@b.se>')).toBe(
      '<p><a href="https://bra.se/statistik">Brå</a> och <a href="mailto:a@b.se">mailto:a@b.se</a></p>',
    );
  });

  it('reads block quotes, rules and hard breaks', () => {
    expect(html('> citat\n> fortsätter')).toBe('<blockquote>citat fortsätter</blockquote>');
    expect(html('ett\n\n---\n\ntvå')).toBe('<p>ett</p>\n<hr>\n<p>två</p>');
    expect(html('rad ett  \nrad två')).toBe('<p>rad ett<br>rad två</p>');
  });

  it('honours backslash escapes', () => {
    expect(html('\\*inte kursiv\\*')).toBe('<p>*inte kursiv*</p>');
  });
});

describe('hostile input', () => {
  const hostile = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '<a href="javascript:alert(1)">klick</a>',
    '<svg/onload=alert(1)>',
    '<iframe src="https://evil.example"></iframe>',
    '"><script>alert(1)</script>',
    '<style>body{display:none}</style>',
    '**<img src=x onerror=alert(1)>**',
    '[<img src=x onerror=alert(1)>](https://ok.example)',
    '# <script>alert(1)</script>',
    '- <b onmouseover=alert(1)>x</b>',
  ];

  it.each(hostile)('never lets markup through: %s', (input) => {
    const out = html(input);
    expect(out).not.toMatch(/<(script|img|svg|iframe|style|b )/i);
    expect(out).not.toMatch(/<a [^>]*on\w+=/i);
  });

  it('shows HTML as the text it is', () => {
    expect(html('<b>fet</b>')).toBe('<p>&lt;b&gt;fet&lt;/b&gt;</p>');
  });

  const badLinks = [
    '[x](javascript:alert(1))',
    '[x](JaVaScRiPt:alert(1))',
    '[x]( javascript:alert(1))',
    '[x](java\tscript:alert(1))',
    '[x](&#106;avascript:alert(1))',
    '[x](data:text/html;base64,PHNjcmlwdD4=)',
    '[x](vbscript:msgbox(1))',
    '[x](file:///etc/passwd)',
    '[x](//evil.example/x)',
    '[x](/relative/path)',
    '[x](https://ok.example/"onmouseover="alert(1))',
    '<javascript:alert(1)>',
  ];

  it.each(badLinks)('drops the link but keeps its words: %s', (input) => {
    const blocks = parseMarkdown(input);
    expect(hrefs(blocks)).toEqual([]);
    expect(toHtml(blocks)).not.toContain('<a ');
  });

  it('checks every scheme with the allow-list', () => {
    expect(safeHref('https://polisen.se')).toBe('https://polisen.se');
    expect(safeHref('HTTP://polisen.se')).toBe('HTTP://polisen.se');
    expect(safeHref('mailto:trygghet@stad.se')).toBe('mailto:trygghet@stad.se');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('https://a b')).toBeNull();
    expect(safeHref('')).toBeNull();
  });

  it('reads a target with parentheses whole, leaving no stray bracket', () => {
    expect(html('[x](javascript:alert(1)) efter')).toBe('<p>x efter</p>');
    expect(html('[Wiki](https://sv.wikipedia.org/wiki/Brå_(myndighet))')).toBe(
      '<p><a href="https://sv.wikipedia.org/wiki/Brå_(myndighet)">Wiki</a></p>',
    );
  });

  it('nests no links inside links', () => {
    const blocks = parseMarkdown('[a [b](https://b.example)](https://a.example)');
    expect(hrefs(blocks)).toEqual(['https://a.example']);
  });

  it('stays fast on pathological input', () => {
    const started = performance.now();
    parseMarkdown('*'.repeat(50_000));
    parseMarkdown('_a'.repeat(25_000));
    parseMarkdown('['.repeat(20_000) + ']('.repeat(10_000));
    parseMarkdown('`'.repeat(30_000));
    parseMarkdown('**a '.repeat(20_000));
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('never throws on odd input', () => {
    for (const s of ['', '\n\n', '#', '```', '> ', '- ', '1.', '[', '](', '\\', '\u0000', '\r\n\r\n']) {
      expect(() => parseMarkdown(s)).not.toThrow();
    }
  });
});

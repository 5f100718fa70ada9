// A deliberately small Markdown reader for the lägesbild texts. It produces a tree of plain data that
// the preview renders with ordinary Svelte elements, so nothing a planner (or an imported package)
// writes can ever become markup: HTML stays visible text, and links survive only with an allowed scheme.

export type Inline =
  | { t: 'text'; text: string }
  | { t: 'em'; children: Inline[] }
  | { t: 'strong'; children: Inline[] }
  | { t: 'code'; text: string }
  | { t: 'link'; href: string; children: Inline[] }
  | { t: 'br' };

export type Block =
  | { t: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; children: Inline[] }
  | { t: 'paragraph'; children: Inline[] }
  | { t: 'list'; ordered: boolean; start: number; items: Inline[][] }
  | { t: 'code'; text: string }
  | { t: 'quote'; children: Inline[] }
  | { t: 'rule' };

const ALLOWED_SCHEME = /^(https?:\/\/|mailto:)/i;

/** The link target if it is http, https or mailto and nothing else; otherwise null. */
export function safeHref(raw: string): string | null {
  const url = raw.trim();
  // Control characters and whitespace inside a URL are how filters get fooled ("java\tscript:").
  // eslint-disable-next-line no-control-regex
  if (url === '' || /[\u0000-\u0020\u007f-\u009f<>"'`]/.test(url)) return null;
  if (!ALLOWED_SCHEME.test(url)) return null;
  try {
    const parsed = new URL(url);
    if (!['http:', 'https:', 'mailto:'].includes(parsed.protocol)) return null;
  } catch {
    return null;
  }
  return url;
}

const ESCAPABLE = /[\\`*_[\]()#+\-.!<>{}|~]/;
const MAX_DEPTH = 6;
const MAX_LINK = 2048;

/** Reads inline Markdown: emphasis, strong, code spans, links and autolinks. */
export function parseInline(src: string, depth = 0, inLink = false): Inline[] {
  const out: Inline[] = [];
  let buf = '';
  const flush = () => {
    if (buf) out.push({ t: 'text', text: buf });
    buf = '';
  };
  // Once a search for a closing marker has failed, it fails from every later position too: remembering
  // that keeps hostile input such as 50 000 asterisks linear instead of quadratic.
  const noClose = new Set<string>();
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === '\\' && i + 1 < src.length && ESCAPABLE.test(src[i + 1])) {
      buf += src[i + 1];
      i += 2;
      continue;
    }
    if (c === '\n') {
      // Two trailing spaces before a line break make a hard break; otherwise the break is a space.
      if (buf.endsWith('  ')) {
        buf = buf.replace(/ +$/, '');
        flush();
        out.push({ t: 'br' });
      } else {
        buf += ' ';
      }
      i++;
      continue;
    }
    if (c === '`') {
      let n = 1;
      while (src[i + n] === '`') n++;
      const fence = '`'.repeat(n);
      const close = noClose.has(fence) ? -1 : src.indexOf(fence, i + n);
      if (close > -1) {
        flush();
        out.push({ t: 'code', text: src.slice(i + n, close).replace(/\n/g, ' ').trim() || ' ' });
        i = close + n;
        continue;
      }
      noClose.add(fence);
      buf += fence;
      i += n;
      continue;
    }
    if ((c === '*' || c === '_') && depth < MAX_DEPTH) {
      const double = src[i + 1] === c;
      const marker = double ? c + c : c;
      const open = i + marker.length;
      if (canOpen(src, i, open, c)) {
        const close = noClose.has(marker) ? -1 : findClose(src, open, marker, c);
        if (close > -1) {
          flush();
          const children = parseInline(src.slice(open, close), depth + 1, inLink);
          out.push(double ? { t: 'strong', children } : { t: 'em', children });
          i = close + marker.length;
          continue;
        }
        noClose.add(marker);
      }
      buf += marker;
      i += marker.length;
      continue;
    }
    if (c === '[' && !inLink && depth < MAX_DEPTH && !noClose.has('[')) {
      const link = readLink(src, i);
      if (link) {
        flush();
        const children = parseInline(link.label, depth + 1, true);
        const href = safeHref(link.url);
        if (href) out.push({ t: 'link', href, children });
        else out.push(...children); // an unsafe or relative target: keep the words, drop the link
        i = link.end;
        continue;
      }
      if (src.indexOf('](', i) === -1) noClose.add('[');
    }
    if (c === '<' && !inLink) {
      const m = /^<((?:https?:\/\/|mailto:)[^\s<>]+)>/i.exec(src.slice(i, i + 2048));
      const href = m ? safeHref(m[1]) : null;
      if (m && href) {
        flush();
        out.push({ t: 'link', href, children: [{ t: 'text', text: m[1] }] });
        i += m[0].length;
        continue;
      }
    }
    buf += c;
    i++;
  }
  flush();
  return out;
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

function canOpen(src: string, at: number, contentStart: number, ch: string): boolean {
  const next = src[contentStart];
  if (next === undefined || /\s/.test(next)) return false;
  // snake_case_words must not turn italic.
  if (ch === '_' && isWordChar(src[at - 1])) return false;
  return true;
}

function findClose(src: string, from: number, marker: string, ch: string): number {
  let j = src.indexOf(marker, from + 1);
  while (j > -1) {
    const before = src[j - 1];
    const after = src[j + marker.length];
    const single = marker.length === 1;
    const ok =
      before !== undefined &&
      !/\s/.test(before) &&
      before !== '\\' &&
      !(single && (after === ch || before === ch)) &&
      !(ch === '_' && isWordChar(after));
    if (ok) return j;
    j = src.indexOf(marker, j + 1);
  }
  return -1;
}

function readLink(src: string, at: number): { label: string; url: string; end: number } | null {
  // Labels and targets are short; bounding the scan keeps a page of brackets from going quadratic.
  const limit = Math.min(src.length, at + MAX_LINK);
  let depth = 0;
  let j = at;
  for (; j < limit; j++) {
    const ch = src[j];
    if (ch === '\\') {
      j++;
      continue;
    }
    if (ch === '[') depth++;
    else if (ch === ']') {
      depth--;
      if (depth === 0) break;
    }
  }
  if (depth !== 0 || src[j + 1] !== '(') return null;
  // The target ends at the `)` that balances its `(`, so `(javascript:alert(1))` is read whole.
  let close = -1;
  let parens = 0;
  const end = Math.min(src.length, j + 2 + MAX_LINK);
  for (let k = j + 2; k < end; k++) {
    if (src[k] === '(') parens++;
    else if (src[k] === ')') {
      if (parens === 0) {
        close = k;
        break;
      }
      parens--;
    }
  }
  if (close === -1) return null;
  let url = src.slice(j + 2, close).trim();
  // An optional title ("…") after the URL is accepted and dropped.
  const titled = /^(\S+)\s+"[^"]*"$/.exec(url);
  if (titled) url = titled[1];
  if (url.startsWith('<') && url.endsWith('>')) url = url.slice(1, -1);
  return { label: src.slice(at + 1, j), url, end: close + 1 };
}

const HEADING = /^(#{1,6})[ \t]+(.*?)[ \t#]*$/;
const BULLET = /^[ ]{0,3}[-*+][ \t]+(.*)$/;
const ORDERED = /^[ ]{0,3}(\d{1,9})[.)][ \t]+(.*)$/;
const FENCE = /^[ ]{0,3}(```+|~~~+)/;
const RULE = /^[ ]{0,3}([-*_])([ \t]*\1){2,}[ \t]*$/;
const QUOTE = /^[ ]{0,3}>[ ]?(.*)$/;

/** Reads a Markdown document into blocks. Never throws, whatever it is given. */
export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let para: string[] = [];
  const endPara = () => {
    if (para.length) blocks.push({ t: 'paragraph', children: parseInline(para.join('\n').trim()) });
    para = [];
  };

  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line.trim() === '') {
      endPara();
      i++;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      endPara();
      const body: string[] = [];
      i++;
      while (i < lines.length && !lines[i].trimStart().startsWith(fence[1])) body.push(lines[i++]);
      i++; // the closing fence, or past the end
      blocks.push({ t: 'code', text: body.join('\n') });
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      endPara();
      blocks.push({
        t: 'heading',
        level: heading[1].length as 1 | 2 | 3 | 4 | 5 | 6,
        children: parseInline(heading[2]),
      });
      i++;
      continue;
    }
    if (RULE.test(line) && para.length === 0) {
      blocks.push({ t: 'rule' });
      i++;
      continue;
    }
    const bullet = BULLET.exec(line);
    const ordered = ORDERED.exec(line);
    if (bullet || ordered) {
      endPara();
      const isOrdered = !bullet;
      const start = ordered ? Number(ordered[1]) : 1;
      const items: string[] = [];
      while (i < lines.length) {
        const b = BULLET.exec(lines[i]);
        const o = ORDERED.exec(lines[i]);
        const item = isOrdered ? o : b;
        if (item) {
          items.push(isOrdered ? item[2] : item[1]);
        } else if (items.length && /^\s+\S/.test(lines[i]) && !(b || o)) {
          items[items.length - 1] += '\n' + lines[i].trim(); // an indented continuation line
        } else break;
        i++;
      }
      blocks.push({ t: 'list', ordered: isOrdered, start, items: items.map((s) => parseInline(s.trim())) });
      continue;
    }
    const quote = QUOTE.exec(line);
    if (quote) {
      endPara();
      const body: string[] = [];
      while (i < lines.length) {
        const q = QUOTE.exec(lines[i]);
        if (!q) break;
        body.push(q[1]);
        i++;
      }
      blocks.push({ t: 'quote', children: parseInline(body.join('\n').trim()) });
      continue;
    }
    para.push(line);
    i++;
  }
  endPara();
  return blocks;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

function inlineHtml(nodes: Inline[]): string {
  return nodes
    .map((n) => {
      switch (n.t) {
        case 'text':
          return escapeHtml(n.text);
        case 'em':
          return `<em>${inlineHtml(n.children)}</em>`;
        case 'strong':
          return `<strong>${inlineHtml(n.children)}</strong>`;
        case 'code':
          return `<code>${escapeHtml(n.text)}</code>`;
        case 'br':
          return '<br>';
        case 'link':
          return `<a href="${escapeHtml(n.href)}">${inlineHtml(n.children)}</a>`;
      }
    })
    .join('');
}

/**
 * The same tree as an HTML string, every text escaped. The preview does not use it (it renders the
 * tree as elements); it exists so tests can state exactly what a hostile input turns into.
 */
export function toHtml(blocks: Block[]): string {
  return blocks
    .map((b) => {
      switch (b.t) {
        case 'heading':
          return `<h${b.level}>${inlineHtml(b.children)}</h${b.level}>`;
        case 'paragraph':
          return `<p>${inlineHtml(b.children)}</p>`;
        case 'list': {
          const tag = b.ordered ? 'ol' : 'ul';
          const start = b.ordered && b.start !== 1 ? ` start="${b.start}"` : '';
          return `<${tag}${start}>${b.items.map((it) => `<li>${inlineHtml(it)}</li>`).join('')}</${tag}>`;
        }
        case 'code':
          return `<pre><code>${escapeHtml(b.text)}</code></pre>`;
        case 'quote':
          return `<blockquote>${inlineHtml(b.children)}</blockquote>`;
        case 'rule':
          return '<hr>';
      }
    })
    .join('\n');
}

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The Markdown files whose relative links must resolve: the README, the guides, the bench notes. */
function documents(): string[] {
  const inFolder = (folder: string): string[] => {
    const dir = join(root, folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.md'))
      .map((f) => join(folder, f));
  };
  return ['README.md', 'bench/README.md', ...inFolder('docs'), ...inFolder('bench/results')]
    .filter((f) => existsSync(join(root, f)))
    .sort();
}

/** The text outside fenced code blocks, line for line (fenced lines become empty, so line numbers hold). */
function withoutFences(markdown: string): string[] {
  let fence: string | null = null;
  return markdown.split('\n').map((line) => {
    const opener = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === null) {
      if (opener) fence = opener;
      return fence === null ? line : '';
    }
    if (opener && opener[0] === fence[0] && opener.length >= fence.length && line.trim() === opener)
      fence = null;
    return '';
  });
}

const withoutInlineCode = (line: string): string => line.replace(/(`+)[^`]*?\1/g, '');

/** GitHub's heading anchor: the heading's text, lowercased, punctuation dropped, each space a hyphen. */
function slug(heading: string): string {
  const text = heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/`/g, '');
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}_\- ]/gu, '')
    .replace(/ /g, '-');
}

/** Every anchor a document offers: heading slugs (repeats numbered as GitHub does) and HTML ids. */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const line of withoutFences(markdown)) {
    const heading = /^ {0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/.exec(line)?.[1];
    if (heading !== undefined) {
      const base = slug(heading);
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      anchors.add(n === 0 ? base : `${base}-${n}`);
    }
    for (const m of line.matchAll(/<a\s[^>]*(?:name|id)="([^"]+)"/g)) if (m[1]) anchors.add(m[1]);
  }
  return anchors;
}

interface Link {
  file: string;
  line: number;
  target: string;
}

/** Inline links and images `[text](target "title")` and reference definitions `[label]: target`. */
function linksOf(markdown: string, file: string): Link[] {
  const links: Link[] = [];
  withoutFences(markdown).forEach((raw, i) => {
    const line = withoutInlineCode(raw);
    const inline = /!?\[(?:[^[\]]|\[[^\]]*\])*\]\(\s*(<[^>]*>|[^)\s]*)(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g;
    for (const m of line.matchAll(inline)) links.push({ file, line: i + 1, target: m[1] ?? '' });
    const definition = /^ {0,3}\[[^\]]+\]:\s*(<[^>]*>|\S+)/.exec(line);
    if (definition?.[1]) links.push({ file, line: i + 1, target: definition[1] });
  });
  return links.map((l) => ({ ...l, target: l.target.replace(/^<(.*)>$/, '$1') }));
}

const external = (target: string): boolean => /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//');

/** Why a relative link does not resolve, or null when it does. */
function problemWith(link: Link): string | null {
  const hash = link.target.indexOf('#');
  const pathPart = hash === -1 ? link.target : link.target.slice(0, hash);
  const anchor = hash === -1 ? null : decodeURIComponent(link.target.slice(hash + 1));
  const decodedPath = decodeURIComponent(pathPart);
  const targetFile =
    decodedPath === ''
      ? join(root, link.file)
      : decodedPath.startsWith('/')
        ? join(root, decodedPath)
        : resolve(dirname(join(root, link.file)), decodedPath);
  if (!existsSync(targetFile)) return `no such file: ${relative(root, targetFile)}`;
  if (anchor === null) return null;
  let anchored = targetFile;
  if (statSync(targetFile).isDirectory()) anchored = join(targetFile, 'README.md');
  if (!anchored.endsWith('.md')) {
    return /^L\d+(-L\d+)?$/.test(anchor) ? null : `anchor #${anchor} on a file that is not Markdown`;
  }
  if (!existsSync(anchored)) return `no README.md in ${relative(root, targetFile)} for #${anchor}`;
  if (anchorsOf(readFileSync(anchored, 'utf8')).has(anchor)) return null;
  return `no heading for #${anchor} in ${relative(root, anchored)}`;
}

describe('slug (GitHub heading anchors)', () => {
  it('lowercases, drops punctuation, turns each space into a hyphen and keeps CJK', () => {
    expect(slug('Quick start')).toBe('quick-start');
    expect(slug('Metrics (`GET /metrics`)')).toBe('metrics-get-metrics');
    expect(slug('SLAs and the whistle (吹哨)')).toBe('slas-and-the-whistle-吹哨');
    expect(slug('Orders (点单 · 下单 · 接单)')).toBe('orders-点单--下单--接单');
    expect(slug('What `npm run demo:seed` builds')).toBe('what-npm-run-demoseed-builds');
    expect(slug('`MATCH_FANOUT` and re-tries')).toBe('match_fanout-and-re-tries');
  });
});

describe('relative links in the README, the guides and the bench notes', () => {
  const files = documents();

  it('finds the documents and the links', () => {
    expect(files).toContain('README.md');
    expect(files.some((f) => f.startsWith('docs/'))).toBe(true);
    const sample = linksOf(
      '[a](docs/x.md#b) `[c](d.md)` ![e](f.png "t")\n[g]: h.md#i\n```\n[j](k.md)\n```',
      'x',
    );
    expect(sample.map((l) => l.target)).toEqual(['docs/x.md#b', 'f.png', 'h.md#i']);
  });

  it('point at files that exist and at headings those files have', () => {
    const broken: string[] = [];
    for (const file of files) {
      for (const link of linksOf(readFileSync(join(root, file), 'utf8'), file)) {
        if (link.target === '' || external(link.target)) continue;
        const problem = problemWith(link);
        if (problem) broken.push(`${link.file}:${link.line} (${link.target}): ${problem}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('README.md', () => {
  it('stays short: under 260 lines', () => {
    const text = readFileSync(join(root, 'README.md'), 'utf8');
    const lines = text.endsWith('\n') ? text.split('\n').length - 1 : text.split('\n').length;
    expect(lines).toBeLessThan(260);
  });
});

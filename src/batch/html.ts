// HTML -> plain text with htmlparser2 (a maintained, forgiving streaming parser). Entity references are decoded;
// script, style and similar elements are dropped; block elements and <br> become line breaks so that sentences and
// paragraphs stay apart. Offsets in the results of an HTML input refer to THIS text, not to the HTML source.
import { createRequire } from 'node:module';
import type { Parser as ParserType } from 'htmlparser2';

/** htmlparser2, loaded on the first HTML input (start-up of a plain extraction). */
let parserClass: typeof ParserType | undefined;
function Parser(): typeof ParserType {
  parserClass ??= (createRequire(import.meta.url)('htmlparser2') as { Parser: typeof ParserType }).Parser;
  return parserClass;
}

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'math', 'iframe', 'object']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'tbody',
  'td', 'tfoot', 'th', 'thead', 'title', 'tr', 'ul', 'caption',
]);

/** The visible text of an HTML document: whitespace runs collapsed within a block, one "\n" between blocks. */
export function htmlToText(html: string): string {
  const lines: string[] = [];
  let cur = '';
  let skipDepth = 0;
  let titleText = '';
  let inTitle = false;
  const flush = () => {
    const t = cur.replace(/[ \t\r\n\f\u00a0]+/gu, ' ').trim();
    if (t) lines.push(t);
    cur = '';
  };
  const parser = new (Parser())({
    onopentag(name) {
      if (name === 'title') { inTitle = true; return; }
      if (SKIP.has(name)) { skipDepth++; return; }
      if (BLOCK.has(name)) flush();
    },
    onclosetag(name) {
      if (name === 'title') { inTitle = false; return; }
      if (SKIP.has(name)) { if (skipDepth > 0) skipDepth--; return; }
      if (BLOCK.has(name)) flush();
    },
    ontext(t) {
      if (inTitle) { titleText += t; return; }
      if (skipDepth === 0) cur += t;
    },
  }, { decodeEntities: true, lowerCaseTags: true });
  parser.write(html);
  parser.end();
  flush();
  // the <title> only when the body gave nothing (it usually repeats the headline)
  if (lines.length === 0) { cur = titleText; flush(); }
  return lines.join('\n');
}

// The held-out articles (fixtures/heldout, see its README): well-formed gold, and the extractor's spans slice them.
// No quality floor here on purpose: nobody tunes on these texts.
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/pipeline.js';
import { loadLexicon } from '../src/lexicon/lexicon.js';
import { listGoldFiles, readGold } from '../src/eval/score.js';
import { badSpans } from './helpers/doc.js';

const lexicon = loadLexicon();
const DIR = new URL('../fixtures/heldout/', import.meta.url).pathname;
const FILES = listGoldFiles(DIR);

describe('held-out set', () => {
  it('has articles', () => { expect(FILES.length).toBeGreaterThanOrEqual(8); });

  describe.each(FILES.map((p) => ({ id: basename(p, '.json'), p })))('$id', ({ p }) => {
    const g = readGold(p);
    it('is NFC and every annotated string is in the text', () => {
      expect(g.text.normalize('NFC')).toBe(g.text);
      const strings = [...g.people.map((x) => x.name), ...g.people.flatMap((x) => x.roles), ...g.roles,
        ...g.organizations.flat(), ...g.dates.map((d) => d.text)];
      expect(strings.filter((s) => !g.text.includes(s))).toEqual([]);
      expect(g.ref_date).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
    });
    it('extract spans slice the original by code points', () => {
      expect(badSpans(extract(g.text, { lexicon, refDate: g.ref_date }), g.text)).toEqual([]);
    });
  });
});

import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/story/pageDom.js';
import { collapseWhitespace, splitBlocks } from '../../src/story/splitBlocks.js';

function blocksOf(html: string) {
  return splitBlocks(parsePage(`<html><body>${html}</body></html>`).body);
}

const texts = (html: string) => blocksOf(html).map((b) => b.text);

describe('splitBlocks: a paragraph per block element and per <br>, never per line break', () => {
  it('GIVEN paragraphs written over several source lines THEN one paragraph each, its line breaks spaces', () => {
    expect(texts('<p>The council\nvoted on\n  Monday.</p>\n<p>The ferry sails.</p>')).toEqual([
      'The council voted on Monday.',
      'The ferry sails.',
    ]);
  });

  it('GIVEN paragraphs with no line break between them THEN still one each', () => {
    expect(texts('<div>One.</div><div>Two.</div><h2>Three</h2><ul><li>Four.</li><li>Five.</li></ul><blockquote>Six.</blockquote>')).toEqual(
      ['One.', 'Two.', 'Three', 'Four.', 'Five.', 'Six.'],
    );
  });

  it('GIVEN <br> and <br><br> inside one element THEN a paragraph at each, none empty', () => {
    expect(texts('<p>First line<br>Second line<br><br>Third line</p>')).toEqual(['First line', 'Second line', 'Third line']);
  });

  it('GIVEN inline elements (a, em, strong, span) THEN they stay inside their paragraph, with no space added', () => {
    expect(texts('<p>The <em>ferry</em> <a href="/x">sails</a> on <strong>Mon</strong>day.</p>')).toEqual(['The ferry sails on Monday.']);
  });

  it('GIVEN text loose in a div beside a paragraph THEN each is its own paragraph', () => {
    expect(texts('<div>Loose text<p>A paragraph.</p>More loose text</div>')).toEqual(['Loose text', 'A paragraph.', 'More loose text']);
  });

  it('GIVEN table cells and a pre THEN one paragraph per cell, and the pre one paragraph with its spaces collapsed', () => {
    expect(texts('<table><tr><td>Cell one.</td><td>Cell two.</td></tr></table><pre>a   b\n c</pre>')).toEqual([
      'Cell one.',
      'Cell two.',
      'a b c',
    ]);
  });

  it('GIVEN script, style, noscript, template and button THEN none of their text', () => {
    expect(texts('<p>Kept.<script>var x = 1;</script><style>p{}</style><noscript>Enable JS</noscript><button>Share</button></p>')).toEqual([
      'Kept.',
    ]);
  });

  it('GIVEN a paragraph that is all link and one that is part link THEN their link density', () => {
    const [all, part] = blocksOf('<p><a href="/a">Another story</a></p><p>See <a href="/r">the report</a> for more.</p>');
    expect(all!.linkDensity).toBe(1);
    expect(part!.linkDensity).toBeCloseTo('thereport'.length / 'Seethereportformore.'.length, 5);
  });

  it('GIVEN an <a> with no href (an anchor) THEN it is not a link', () => {
    expect(blocksOf('<h2><a name="part-2">Part two</a></h2>')[0]!.linkDensity).toBe(0);
  });

  it('GIVEN a furniture test THEN the blocks inside such an element carry its reason', () => {
    const blocks = splitBlocks(parsePage('<html><body><p>Text.</p><aside><p>Box.</p></aside></body></html>').body, (e) =>
      e.localName === 'aside' ? 'aside' : null,
    );
    expect(blocks.map((b) => [b.text, b.furniture])).toEqual([
      ['Text.', null],
      ['Box.', 'aside'],
    ]);
  });
});

describe('collapseWhitespace', () => {
  it('GIVEN runs of spaces, tabs, line breaks, no-break and thin spaces THEN one space, ends trimmed', () => {
    expect(collapseWhitespace(' \u00A0The\t\tferry\r\n\u2009sails\u202F.\u00A0 ')).toBe('The ferry sails .');
  });
});

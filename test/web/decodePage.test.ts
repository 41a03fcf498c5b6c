import { describe, expect, it } from 'vitest';
import { charsetParameter, decodePage, metaCharset } from '../../src/web/decodePage.js';
import { decodeWindows1252 } from '../../src/web/decodeWindows1252.js';

/** Our own words with curly quotes, an e acute and a euro sign, in windows-1252 bytes. */
const CP1252_TEXT = '\u201CCaf\u00E9 prices rose by \u20AC2,\u201D she said.';
const cp1252 = (text: string) => Buffer.from(text.replace('\u201C', '\x93').replace('\u201D', '\x94').replace('\u20AC', '\x80'), 'latin1');

describe('decodePage: the page\u2019s declared charset, else UTF-8', () => {
  it('GIVEN windows-1252 bytes and the header charset=windows-1252 THEN the text as written', () => {
    expect(decodePage(cp1252(`<p>${CP1252_TEXT}</p>`), 'text/html; charset=windows-1252')).toEqual({
      text: `<p>${CP1252_TEXT}</p>`,
      charset: 'windows-1252',
    });
  });

  it('GIVEN charset=ISO-8859-1 THEN read as windows-1252, as browsers do (curly quotes kept)', () => {
    expect(decodePage(cp1252(CP1252_TEXT), 'text/plain; charset="ISO-8859-1"', false).text).toBe(CP1252_TEXT);
  });

  it('GIVEN no header charset but <meta charset="windows-1252"> THEN windows-1252', () => {
    const page = cp1252(`<html><head><meta charset="windows-1252"></head><body><p>${CP1252_TEXT}</p></body></html>`);
    expect(decodePage(page, 'text/html')).toMatchObject({ charset: 'windows-1252' });
    expect(decodePage(page, 'text/html').text).toContain(CP1252_TEXT);
  });

  it('GIVEN <meta http-equiv="Content-Type" content="text/html; charset=windows-1252"> THEN windows-1252', () => {
    const page = cp1252(`<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><p>${CP1252_TEXT}</p>`);
    expect(decodePage(page, null).charset).toBe('windows-1252');
  });

  it('GIVEN a header charset and a different meta charset THEN the header wins', () => {
    const page = Buffer.from(`<meta charset="windows-1252"><p>${CP1252_TEXT}</p>`, 'utf8');
    expect(decodePage(page, 'text/html; charset=utf-8')).toEqual({
      text: `<meta charset="windows-1252"><p>${CP1252_TEXT}</p>`,
      charset: 'utf-8',
    });
  });

  it('GIVEN a meta charset only inside a comment THEN it is not read', () => {
    expect(metaCharset(Buffer.from('<!-- <meta charset="windows-1252"> --><p>x</p>'))).toBeNull();
  });

  it('GIVEN a charset only inside a script string, not a meta THEN UTF-8', () => {
    const page = Buffer.from(`<script>var CHARSET='ISO-8859-1';</script><p>${CP1252_TEXT}</p>`, 'utf8');
    expect(decodePage(page, 'text/html').charset).toBe('utf-8');
  });

  it('GIVEN a UTF-8 byte-order mark and a header saying windows-1252 THEN the mark wins and is not in the text', () => {
    const page = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CP1252_TEXT, 'utf8')]);
    expect(decodePage(page, 'text/html; charset=windows-1252')).toEqual({ text: CP1252_TEXT, charset: 'utf-8' });
  });

  it('GIVEN a charset label no one knows THEN it is passed over for UTF-8', () => {
    expect(decodePage(Buffer.from(CP1252_TEXT, 'utf8'), 'text/html; charset=x-martian').charset).toBe('utf-8');
  });

  it('GIVEN a meta declaring UTF-16 in ASCII bytes THEN UTF-8', () => {
    expect(metaCharset(Buffer.from('<meta charset="utf-16">'))).toBe('utf-8');
  });

  it('GIVEN Content-Type headers THEN their charset parameter', () => {
    expect(charsetParameter('text/html; charset="Shift_JIS"')).toBe('Shift_JIS');
    expect(charsetParameter('text/html')).toBeNull();
  });
});

describe('decodeWindows1252', () => {
  it('GIVEN every byte from 0x80 to 0x9F THEN the characters browsers show (euro, curly quotes, dashes, \u0152, \u0178)', () => {
    const bytes = Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i);
    expect(decodeWindows1252(bytes)).toBe(
      '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178',
    );
  });

  it('GIVEN ASCII and Latin-1 letters THEN themselves', () => {
    expect(decodeWindows1252(Buffer.from('Caf\u00E9 \u00FC\u00DF', 'latin1'))).toBe('Caf\u00E9 \u00FC\u00DF');
  });
});

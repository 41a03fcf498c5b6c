import { TextDecoder } from 'node:util';
import { decodeWindows1252 } from './decodeWindows1252.js';

/**
 * A page's bytes as text, in the character set the page declares: a byte-order mark first, then the HTTP
 * header's `charset`, then (for HTML) a `<meta charset>` or `<meta http-equiv="Content-Type">` near the top,
 * else UTF-8. `TextDecoder` knows the web's labels (`windows-1252`, `iso-8859-1` read as windows-1252 as browsers
 * do, `shift_jis`, …); a label it does not know is passed over. windows-1252 itself is decoded by
 * `decodeWindows1252`, since some Node releases get it wrong.
 */

export interface DecodedPage {
  text: string;
  /** The encoding used, by its standard name: `utf-8`, `windows-1252`. */
  charset: string;
}

/** How far into a page a `<meta charset>` is looked for. */
const PRESCAN_BYTES = 4096;

/** `text/html; charset="Windows-1252"` → `Windows-1252`. */
export function charsetParameter(contentType: string | null | undefined): string | null {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/iu.exec(contentType ?? '');
  return match ? match[1]! : null;
}

function bomCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

/** The charset a `<meta>` near the top declares, comments left aside. */
export function metaCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, PRESCAN_BYTES))
    .toString('latin1')
    .replace(/<!--[\s\S]*?-->/gu, '');
  const match = /<meta\s[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/iu.exec(head);
  if (!match) return null;
  // A page cannot declare UTF-16 in ASCII-compatible bytes; browsers read it as UTF-8.
  return /^utf-16/iu.test(match[1]!) ? 'utf-8' : match[1]!;
}

function decoderFor(label: string | null): TextDecoder | null {
  if (!label) return null;
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

export function decodePage(bytes: Uint8Array, contentType: string | null, html = true): DecodedPage {
  const decoder =
    decoderFor(bomCharset(bytes)) ??
    decoderFor(charsetParameter(contentType)) ??
    (html ? decoderFor(metaCharset(bytes)) : null) ??
    new TextDecoder('utf-8');
  const text = decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes);
  return { text, charset: decoder.encoding };
}

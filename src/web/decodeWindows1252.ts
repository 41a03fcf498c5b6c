/**
 * windows-1252 as the WHATWG Encoding Standard defines it (the encoding browsers use for `windows-1252`,
 * `iso-8859-1`, `latin1` and `ascii` labels): Latin-1, except that bytes 0x80–0x9F are curly quotes, dashes, the
 * euro sign and a few letters. Node's own `TextDecoder` reads those bytes as Latin-1 control characters in some
 * releases (nodejs/node#60888, from 20.18.3 and 22.13.0), which would garble every curly quote of such a page.
 */

const C1 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019,
  0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\u0080-\u009F]/gu, (c) => String.fromCharCode(C1[c.charCodeAt(0) - 0x80]!));
}

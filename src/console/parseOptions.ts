/**
 * Console options in the style Discord shows them: `kind:quote text:"We reject…" speaker:"Name, Role"`.
 * A value is a single word or a double-quoted string (`\"` inside for a quote mark).
 */
export function parseOptions(text: string): { positional: string[]; options: Record<string, string> } {
  const options: Record<string, string> = {};
  const positional: string[] = [];
  const pattern = /(?:([a-z_]+):)?(?:"((?:[^"\\]|\\.)*)"|(\S+))/giu;
  for (const match of text.matchAll(pattern)) {
    const value = match[2] !== undefined ? match[2].replace(/\\(.)/gu, '$1') : match[3]!;
    if (match[1]) options[match[1].toLowerCase()] = value;
    else positional.push(value);
  }
  return { positional, options };
}

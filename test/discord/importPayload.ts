import type { DiscordStandIn } from './DiscordStandIn.js';
import { snowflake, subcommand } from './payloads.js';

/** Serves `file` as a Discord attachment and returns the `/entry import` interaction that names it. */
export function importPayload(standIn: DiscordStandIn, file: string, who: Parameters<typeof subcommand>[3]): Record<string, unknown> {
  const attachmentId = snowflake();
  const path = `/attachments/${attachmentId}/entries.json`;
  standIn.attachments.set(path, file);
  const url = `http://127.0.0.1:${standIn.port}${path}`;
  const resolved = {
    attachments: {
      [attachmentId]: {
        id: attachmentId,
        filename: 'entries.json',
        size: file.length,
        url,
        proxy_url: url,
        content_type: 'application/json',
      },
    },
  };
  return subcommand('entry', 'import', [{ name: 'file', value: attachmentId, type: 11 }], who, resolved);
}

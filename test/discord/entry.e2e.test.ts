import { describe, expect, it } from 'vitest';
import {
  buttonClick,
  GUILD_ID,
  MODERATOR,
  MODERATOR_PERMISSIONS,
  modalSubmit,
  OWNER_ID,
  slashCommand,
  snowflake,
  subcommand,
} from './payloads.js';
import { type Callback, EPHEMERAL, useBotRig } from './rig.js';

/** /entry through the real bot: modals, buttons, attachments, permissions, per-server isolation. */

const OTHER_GUILD = '1200000000000000077';
const moderator = { ...MODERATOR, userId: '1200000000000000030' };
const rig = useBotRig({ ENTRY_RATE_PER_MINUTE: '50' });
const { standIn, interact } = rig;

/** A deferred command: the callback, then the edit of the original reply. */
async function interactDeferred(
  payload: Record<string, unknown>,
): Promise<{ callback: Callback; edit: { body: { content?: string }; files: Record<string, string> } }> {
  await standIn.waitForSession();
  const { id, token } = standIn.dispatchInteraction(payload);
  const callback = (await standIn.callbackFor(id)).body as Callback;
  const edit = await standIn.waitForRequest((r) => r.method === 'PATCH' && r.path.includes(`/webhooks/`) && r.path.includes(token));
  return { callback, edit: edit as unknown as { body: { content?: string }; files: Record<string, string> } };
}

async function addQuote(text: string, speaker: string, who = moderator, guildId = GUILD_ID): Promise<Callback> {
  const modal = await interact(subcommand('entry', 'add', [{ name: 'kind', value: 'quote' }], { ...who, guildId }));
  expect(modal.type).toBe(9);
  return interact(
    modalSubmit(modal.data!.custom_id!, { text, speaker, when: 'on 18 November 2025', where: '', source: '' }, { ...who, guildId }),
  );
}

describe('/entry add', () => {
  it('GIVEN /entry add kind:quote THEN a modal asks for the words, the speaker, when, where and the source', async () => {
    const modal = await interact(subcommand('entry', 'add', [{ name: 'kind', value: 'quote' }], moderator));
    expect(modal.type).toBe(9);
    expect(modal.data!.custom_id).toBe('entry:add:quote:-');
    expect(modal.data!.components!.map((row) => row.components[0]!.custom_id)).toEqual(['text', 'speaker', 'when', 'where', 'source']);
  });

  it('GIVEN the modal submitted THEN the entry is saved, and the very next /quote in that server answers with it', async () => {
    const saved = await addQuote(
      'Mexico will never accept a foreign military presence on its territory.',
      'Claudia Sheinbaum, Mexican President',
    );
    expect(saved.data!.flags).toBe(EPHEMERAL);
    expect(saved.data!.content).toMatch(/^Saved entry m\d+\./u);
    const answer = await interact(slashCommand('quote', [{ name: 'who_or_topic', value: 'foreign military presence' }]));
    expect(answer.data!.embeds![0]!.description).toContain('Mexico will never accept a foreign military presence');
    expect(answer.data!.embeds![0]!.description).toContain('\u2014 Claudia Sheinbaum, Mexican President, on 18 November 2025');
  });

  it('GIVEN another server THEN it never sees that entry', async () => {
    const answer = await interact(
      slashCommand('quote', [{ name: 'who_or_topic', value: 'foreign military presence' }], { guildId: OTHER_GUILD }),
    );
    expect(JSON.stringify(answer)).not.toContain('foreign military presence on its territory');
  });

  it('GIVEN a near-duplicate THEN "this looks like entry …: add anyway?", and the button adds it, for its author only', async () => {
    const again = await addQuote('Mexico will never accept a foreign military presence on its territory!', 'Claudia Sheinbaum');
    expect(again.data!.content).toMatch(/^This looks like entry m\d+/u);
    const addAnyway = again.data!.components![0]!.components[0]!;
    expect(addAnyway.label).toBe('Add anyway');
    const otherModerator = { ...moderator, userId: '1200000000000000031' };
    const refused = await interact(buttonClick(addAnyway.custom_id, otherModerator));
    expect(refused.data!.content).toBe('Nothing was saved: only the moderator who wrote that entry can add it anyway.');
    const saved = await interact(buttonClick(addAnyway.custom_id, moderator));
    expect(saved.data!.content).toMatch(/^Saved entry m\d+\./u);
  });

  it('GIVEN a stored text containing @everyone THEN it comes back with allowed_mentions.parse empty', async () => {
    await addQuote('@everyone this is a warning to <@&1200000000000000099> about the border.', 'Rosa Icela Rodriguez, Security Minister');
    const answer = await interact(slashCommand('quote', [{ name: 'who_or_topic', value: 'rosa icela rodriguez' }]));
    expect(answer.data!.embeds![0]!.description).toContain('@everyone');
    expect(answer.data!.allowed_mentions).toEqual({ parse: [] });
  });

  it('GIVEN moderator text with markdown, a masked link, channel and role mentions and a code fence THEN members see it as plain text', async () => {
    await addQuote(
      '**Breaking** [official statement](http://phish.example/login) in <#1200000000000000001> for <@&1200000000000000099> ```run this```',
      'Marco Ruiz, Spokesperson',
    );
    const answer = await interact(slashCommand('quote', [{ name: 'who_or_topic', value: 'marco ruiz' }]));
    const description = answer.data!.embeds![0]!.description!;
    expect(description).toContain('\\*\\*Breaking\\*\\*');
    expect(description).toContain('\\[official statement](http://phish.example/login)');
    expect(description).toContain('<\u200B#1200000000000000001>');
    expect(description).toContain('<\u200B@&1200000000000000099>');
    expect(description).not.toMatch(/<[#@]/u);
    expect(description).toContain('\\`\\`\\`run this\\`\\`\\`');
    expect(answer.data!.allowed_mentions).toEqual({ parse: [] });
  });

  it('GIVEN invalid input in the modal THEN nothing is saved and the message names the field', async () => {
    const modal = await interact(subcommand('entry', 'add', [{ name: 'kind', value: 'fact' }], moderator));
    const reply = await interact(
      modalSubmit(
        modal.data!.custom_id!,
        { text: 'A fact with a bad link.', claim_by: '', source: 'Example ftp://example.org/x' },
        moderator,
      ),
    );
    expect(reply.data!.content).toBe('Nothing was saved: source URL must be an http(s) URL.');
  });
});

describe('/entry in Spanish', () => {
  const enEspanol = { ...moderator, locale: 'es-ES' };

  it('GIVEN /entrada agregar in Spanish THEN the form, its refusal and its confirmation are in Spanish', async () => {
    const modal = await interact(subcommand('entry', 'add', [{ name: 'kind', value: 'fact' }], enEspanol));
    expect(modal.data!.title).toBe('Hecho');
    expect(modal.data!.components!.map((row) => row.components[0]!.label)).toEqual([
      'El hecho',
      'Afirmaci\u00F3n de (vac\u00EDo si no lo es)',
      'Fuente: nombre y URL http(s) (opcional)',
    ]);
    const refused = await interact(
      modalSubmit(modal.data!.custom_id!, { text: 'Un hecho con fuente a medias.', claim_by: '', source: 'Reuters' }, enEspanol),
    );
    expect(refused.data!.content).toBe(
      'No se guard\u00F3 nada: falta la URL de la fuente: una fuente es un nombre y una URL http(s), como NBC News https://www.nbcnews.com/\u2026.',
    );
    const saved = await interact(
      modalSubmit(
        modal.data!.custom_id!,
        { text: 'Un hecho con su fuente completa.', claim_by: '', source: 'Reuters https://www.reuters.com/' },
        enEspanol,
      ),
    );
    expect(saved.data!.content).toMatch(/^Se guard\u00F3 la entrada m\d+\. Ya se puede consultar: prueba `\/facts`\.$/u);
    const list = await interact(subcommand('entry', 'list', [], enEspanol));
    expect(list.data!.embeds![0]!.title).toBe('Entradas de este servidor \u00B7 s0');
    expect(list.data!.embeds![0]!.footer!.text).toMatch(/^P\u00E1gina 1 de \d+ \u00B7 \d+ entradas$/u);
    expect(list.data!.components![0]!.components.map((c) => c.label)).toEqual(['Anterior', 'Siguiente']);
  });

  it('GIVEN a member without the permission, in Spanish THEN the refusal is in Spanish', async () => {
    const reply = await interact(subcommand('entry', 'list', [], { locale: 'es-419' }));
    expect(reply.data!.content).toContain('No se cambi\u00F3 nada.');
  });
});

describe('who may change entries', () => {
  it('GIVEN a member without Manage Messages THEN /entry is refused and says why', async () => {
    const reply = await interact(subcommand('entry', 'list', []));
    expect(reply.data!.flags).toBe(EPHEMERAL);
    expect(reply.data!.content).toContain('Manage Messages');
  });

  it('GIVEN a forged modal submit from a member without the permission THEN nothing is saved', async () => {
    const reply = await interact(
      modalSubmit('entry:add:fact:-', { text: 'A forged fact that must never be saved.', claim_by: '', source: '' }),
    );
    expect(reply.data!.content).toContain('Nothing was changed');
    const facts = await interact(slashCommand('facts', [{ name: 'topic', value: 'forged fact never saved' }]));
    expect(JSON.stringify(facts)).not.toContain('A forged fact that must never be saved');
  });

  it('GIVEN Manage Messages from a channel overwrite only, not from a server role THEN /entry is refused and nothing is saved', async () => {
    const overwritten = { permissions: MODERATOR_PERMISSIONS, roles: [], userId: '1200000000000000032' };
    const reply = await interact(subcommand('entry', 'add', [{ name: 'kind', value: 'fact' }], overwritten));
    expect(reply.type).toBe(4);
    expect(reply.data!.content).toBe('Only members whose server roles give them Manage Messages can change entries. Nothing was changed.');
    const forged = await interact(
      modalSubmit('entry:add:fact:-', { text: 'A fact saved through a channel overwrite.', claim_by: '', source: '' }, overwritten),
    );
    expect(forged.data!.content).toContain('Nothing was changed');
  });

  it('GIVEN the server owner with no role THEN /entry is allowed', async () => {
    const reply = await interact(subcommand('entry', 'list', [], { userId: OWNER_ID }));
    expect(reply.data!.embeds![0]!.title).toBe('Entries of this server \u00B7 s0');
  });

  it('GIVEN /entry in a direct message THEN "only inside a server"', async () => {
    const payload = subcommand('entry', 'list', [], moderator) as Record<string, unknown>;
    delete payload['guild_id'];
    delete payload['member'];
    payload['user'] = { id: '1200000000000000031', username: 'dm', discriminator: '0', avatar: null };
    payload['context'] = 1;
    payload['authorizing_integration_owners'] = { '1': '1200000000000000031' };
    const reply = await interact(payload);
    expect(reply.data!.content).toContain('only be managed inside a server');
  });
});

describe('remove, restore, show, history, list', () => {
  it('GIVEN /entry remove THEN a confirm button; clicking it removes the entry; restore brings it back', async () => {
    const saved = await addQuote('Cooperation is possible, subordination is not.', 'Juan Ramon de la Fuente, Foreign Minister');
    const id = /m\d+/u.exec(saved.data!.content!)![0];
    const confirm = await interact(subcommand('entry', 'remove', [{ name: 'id', value: id }], moderator));
    const removeButton = confirm.data!.components![0]!.components[0]!;
    expect(removeButton.custom_id).toBe(`entry:remove:${id.slice(1)}`);
    const removed = await interact(buttonClick(removeButton.custom_id, moderator));
    expect(removed.data!.content).toContain(`Removed entry ${id}`);
    const gone = await interact(slashCommand('quote', [{ name: 'who_or_topic', value: 'de la fuente' }]));
    expect(JSON.stringify(gone)).not.toContain('subordination is not');
    const restored = await interact(subcommand('entry', 'restore', [{ name: 'id', value: id }], moderator));
    expect(restored.data!.content).toContain(`Restored entry ${id}`);
    const history = await interact(subcommand('entry', 'history', [{ name: 'id', value: id }], moderator));
    expect(history.data!.embeds![0]!.description).toMatch(/add by .*\n.*remove by .*\n.*restore by/u);
  });

  it('GIVEN a forged remove button from a member without the permission THEN nothing is removed', async () => {
    const saved = await addQuote('This entry must survive a forged click.', 'Ana Lopez, Analyst');
    const id = /m(\d+)/u.exec(saved.data!.content!)![1];
    const reply = await interact(buttonClick(`entry:remove:${id}`));
    expect(reply.data!.content).toContain('Nothing was changed');
    const show = await interact(subcommand('entry', 'show', [{ name: 'id', value: `m${id}` }], moderator));
    expect(show.data!.embeds![0]!.description).not.toContain('(removed)');
  });

  it('GIVEN /entry edit THEN the modal comes filled with the current values', async () => {
    const saved = await addQuote('Words to be edited later.', 'Luis Vega, Mayor');
    const id = /m\d+/u.exec(saved.data!.content!)![0];
    const modal = await interact(subcommand('entry', 'edit', [{ name: 'id', value: id }], moderator));
    expect(modal.type).toBe(9);
    expect(modal.data!.components![0]!.components[0]!.value).toBe('Words to be edited later.');
    expect(modal.data!.components![1]!.components[0]!.value).toBe('Luis Vega, Mayor');
    const edited = await interact(
      modalSubmit(
        modal.data!.custom_id!,
        { text: 'Words that were edited.', speaker: 'Luis Vega, Mayor', when: '', where: '', source: '' },
        moderator,
      ),
    );
    expect(edited.data!.content).toContain(`Saved entry ${id}`);
  });

  it('GIVEN an article entry id THEN it is read-only', async () => {
    const reply = await interact(subcommand('entry', 'remove', [{ name: 'id', value: 'q11-21' }], moderator));
    expect(reply.data!.content).toContain('cannot be changed');
  });

  it('GIVEN /entry list THEN a page of this server\u2019s entries with paging buttons', async () => {
    const reply = await interact(subcommand('entry', 'list', [{ name: 'kind', value: 'quote' }], moderator));
    expect(reply.data!.embeds![0]!.description).toContain('Claudia Sheinbaum');
    expect(reply.data!.components![0]!.components.map((c) => c.label)).toEqual(['Previous', 'Next']);
  });
});

describe('export and import', () => {
  it('GIVEN /entry export THEN a JSON file of the server\u2019s entries; imported into an empty server THEN the same entries', async () => {
    const exported = await interactDeferred(subcommand('entry', 'export', [], moderator));
    expect(exported.callback.type).toBe(5);
    const file = Object.values(exported.edit.files)[0]!;
    const parsed = JSON.parse(file) as { format: string; entries: Array<{ text: string }> };
    expect(parsed.format).toBe('storydesk-entries');
    expect(parsed.entries.some((e) => e.text.includes('foreign military presence'))).toBe(true);

    const attachmentId = snowflake();
    const path = `/attachments/${attachmentId}/entries.json`;
    standIn.attachments.set(path, file);
    const resolved = {
      attachments: {
        [attachmentId]: {
          id: attachmentId,
          filename: 'entries.json',
          size: file.length,
          url: `http://127.0.0.1:${standIn.port}${path}`,
          proxy_url: `http://127.0.0.1:${standIn.port}${path}`,
          content_type: 'application/json',
        },
      },
    };
    const imported = await interactDeferred(
      subcommand('entry', 'import', [{ name: 'file', value: attachmentId, type: 11 }], { ...moderator, guildId: OTHER_GUILD }, resolved),
    );
    expect(imported.edit.body.content).toBe(
      `Imported: ${parsed.entries.length} added, 0 updated, 0 unchanged, 0 rejected.\nBy story: s0 ${parsed.entries.length}.`,
    );
    const again = await interactDeferred(subcommand('entry', 'export', [], { ...moderator, guildId: OTHER_GUILD }));
    const texts = (JSON.parse(Object.values(again.edit.files)[0]!) as { entries: Array<{ text: string }> }).entries.map((e) => e.text);
    expect(texts).toEqual(parsed.entries.map((e) => e.text));
  });
});

describe('logs', () => {
  it('GIVEN Discord refusing the edit of a deferred reply, and the follow-up too THEN both errors are logged without the interaction token', async () => {
    standIn.failNextWebhooks(2);
    await standIn.waitForSession();
    const { token } = standIn.dispatchInteraction(subcommand('entry', 'export', [], moderator));
    const failed = await rig.bot.waitForLog('interaction handler failed');
    await rig.bot.waitForLog('could not tell the user about the failure');
    const err = failed['err'] as { url?: string; requestBody?: unknown };
    expect(err.url).toMatch(/\/webhooks\/\d+\/\[token\]\/messages\/%40original$/u);
    expect(err.requestBody).toBe('[redacted]');
    expect(JSON.stringify(rig.bot.logs)).not.toContain(token);
    expect(rig.bot.stderr.join('')).not.toContain(token);
  });
});

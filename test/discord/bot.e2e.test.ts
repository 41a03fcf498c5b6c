import { describe, expect, it } from 'vitest';
import { type Callback, EPHEMERAL, useBotRig } from './rig.js';
import { autocomplete, buttonClick, MODERATOR, slashCommand } from './payloads.js';

/**
 * The real bot process against a Discord stand-in on 127.0.0.1: what reaches "Discord" is what counts.
 */

const rig = useBotRig();
const { standIn, interact } = rig;

describe('slash commands through the real client', () => {
  it('GIVEN /quote sheinbaum THEN an embed with her words, "— Claudia Sheinbaum, Mexican President, in April", paragraph 11, the story date', async () => {
    const reply = await interact(slashCommand('quote', [{ name: 'who_or_topic', value: 'sheinbaum' }]));
    expect(reply.type).toBe(4);
    const embed = reply.data!.embeds![0]!;
    expect(embed.description).toContain('\u201CWe reject any form of intervention or interference.');
    expect(embed.description).toContain('\u2014 Claudia Sheinbaum, Mexican President, in April');
    expect(embed.fields!.find((f) => f.value === 'paragraph 11')).toBeDefined();
    expect(embed.footer!.text).toContain('Story of 17 November 2025');
    expect(reply.data!.allowed_mentions).toEqual({ parse: [] });
  });

  it('GIVEN /facts strikes THEN a compact list, each fact with its source, a claim shown as whose claim', async () => {
    const reply = await interact(slashCommand('facts', [{ name: 'topic', value: 'strikes' }]));
    const description = reply.data!.embeds![0]!.description!;
    expect(description).toContain('\u2022 ');
    expect(description).toMatch(/claim by (Donald Trump|Trump administration)/u);
  });

  it('GIVEN /ask would Trump ask Mexico for permission? THEN his answer with a line of context', async () => {
    const reply = await interact(slashCommand('ask', [{ name: 'question', value: 'would Trump ask Mexico for permission?' }]));
    const embed = reply.data!.embeds![0]!;
    expect(embed.description).toContain('I wouldn\u2019t answer that question.');
    expect(embed.fields!.find((f) => f.name === 'Context')?.value).toContain('permission');
  });

  it('GIVEN /about THEN an ephemeral description with counts', async () => {
    const reply = await interact(slashCommand('about', []));
    expect(reply.data!.flags).toBe(EPHEMERAL);
    expect(reply.data!.embeds![0]!.description).toMatch(/\d+ quotes, \d+ facts, \d+ speakers/u);
  });

  it('GIVEN a question the story does not answer THEN an ephemeral "nothing on that" with suggestions', async () => {
    const reply = await interact(slashCommand('quote', [{ name: 'who_or_topic', value: 'zheinbomm' }]));
    expect(reply.data!.flags).toBe(EPHEMERAL);
    expect(reply.data!.content).toContain('The story has nothing on');
    expect(reply.data!.content).toContain('Did you mean: Claudia Sheinbaum');
  });

  it('GIVEN /facts in Spanish THEN Spanish source labels: según …, afirmación de …, and the article\u2019s own reporting', async () => {
    const reply = await interact(slashCommand('facts', [{ name: 'topic', value: 'strikes' }], { locale: 'es-419' }));
    const description = reply.data!.embeds![0]!.description!;
    expect(description).toMatch(/afirmaci\u00F3n de (Donald Trump|the Trump administration)/u);
    expect(description).not.toMatch(/claim by|according to|reported/u);
    const fentanyl = await interact(slashCommand('facts', [{ name: 'topic', value: 'fentanyl' }], { locale: 'es-ES' }));
    expect(fentanyl.data!.embeds![0]!.description).toContain('seg\u00FAn the Government Accountability Office');
  });

  it('GIVEN /about in Spanish and in English THEN counts in words that agree with their number', async () => {
    const es = await interact(slashCommand('about', [], { locale: 'es-ES' }));
    expect(es.data!.embeds![0]!.description).toMatch(/\(17 de noviembre de 2025\): \d+ citas, \d+ hechos, \d+ personas o entidades\./u);
    const en = await interact(slashCommand('about', [], { locale: 'en-GB' }));
    expect(en.data!.embeds![0]!.description).toMatch(/\(17 November 2025\): \d+ quotes, \d+ facts, \d+ speakers\./u);
  });

  it('GIVEN the Spanish locale THEN the labels are Spanish', async () => {
    const reply = await interact(slashCommand('quote', [{ name: 'who_or_topic', value: 'sheinbaum' }], { locale: 'es-ES' }));
    const embed = reply.data!.embeds![0]!;
    expect(embed.footer!.text).toContain('Noticia del 17 de noviembre de 2025');
    expect(reply.data!.components![0]!.components.map((c) => c.label)).toEqual(['Siguiente', 'Ver p\u00E1rrafo']);
  });
});

describe('autocomplete', () => {
  it('GIVEN "shein" typed into /quote THEN speakers first, at most 25 choices of at most 100 characters', async () => {
    const reply = await interact(autocomplete('quote', 'who_or_topic', 'shein'));
    expect(reply.type).toBe(8);
    const choices = reply.data!.choices!;
    expect(choices[0]!.value).toBe('Claudia Sheinbaum');
    expect(choices[0]!.name).toBe('Claudia Sheinbaum \u2014 Mexican President \u00B7 1 quote');
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices.every((c) => c.name.length >= 1 && c.name.length <= 100)).toBe(true);
  });

  it('GIVEN "shein" typed in Spanish THEN "1 cita"', async () => {
    const reply = await interact(autocomplete('quote', 'who_or_topic', 'shein', { locale: 'es-ES' }));
    expect(reply.data!.choices![0]!.name).toBe('Claudia Sheinbaum \u2014 Mexican President \u00B7 1 cita');
  });

  it('GIVEN nothing typed THEN the speakers with most quotes first', async () => {
    const reply = await interact(autocomplete('quote', 'who_or_topic', ''));
    expect(reply.data!.choices![0]!.value).toBe('Donald Trump');
  });
});

describe('buttons', () => {
  it('GIVEN Next match on /quote trump THEN the message is updated in place with the second quote', async () => {
    const first = await interact(slashCommand('quote', [{ name: 'who_or_topic', value: 'trump' }]));
    const next = first.data!.components![0]!.components[0]!;
    expect(next.disabled).toBeFalsy();
    const update = await interact(buttonClick(next.custom_id));
    expect(update.type).toBe(7);
    expect(update.data!.embeds![0]!.footer!.text).toContain('Result 2 of');
    expect(update.data!.embeds![0]!.description).not.toBe(first.data!.embeds![0]!.description);
  });

  it('GIVEN Show paragraph THEN the full paragraph, to the clicker only', async () => {
    const first = await interact(slashCommand('quote', [{ name: 'who_or_topic', value: 'sheinbaum' }]));
    const show = first.data!.components![0]!.components[1]!;
    const reply = await interact(buttonClick(show.custom_id));
    expect(reply.data!.flags).toBe(EPHEMERAL);
    expect(reply.data!.embeds![0]!.description).toContain('Mexican President Claudia Sheinbaum said in April.');
    expect(reply.data!.embeds![0]!.footer).toBeUndefined();
  });

  it('GIVEN Show paragraph clicked by a moderator THEN the ids of the paragraph\u2019s entries, for corrections', async () => {
    const first = await interact(slashCommand('quote', [{ name: 'who_or_topic', value: 'sheinbaum' }]));
    const reply = await interact(buttonClick(first.data!.components![0]!.components[1]!.custom_id, MODERATOR));
    expect(reply.data!.embeds![0]!.footer!.text).toMatch(/^Entries here: .*q11-21.* \(to correct one: \/entry add corrects:<id>\)$/u);
  });

  it.each(['ans:n:q:999:trump', 'ans:p:no-such-entry', 'ans:zzz', 'garbage'])(
    'GIVEN a stale or forged custom_id %s THEN a polite ephemeral message',
    async (customId) => {
      const reply = await interact(buttonClick(customId));
      expect(reply.data!.flags).toBe(EPHEMERAL);
      expect(reply.data!.content).toContain('out of date');
    },
  );
});

describe('safety', () => {
  it('GIVEN a query with @everyone and markdown THEN it is echoed escaped and nobody is pinged', async () => {
    const reply = await interact(slashCommand('ask', [{ name: 'question', value: '@everyone **bold** <@&1200000000000000099>' }]));
    expect(reply.data!.allowed_mentions).toEqual({ parse: [] });
    expect(reply.data!.content ?? '').not.toContain('**bold**');
  });

  it('GIVEN a 10,000-character option (a forged interaction) THEN a polite refusal, not an API error', async () => {
    const reply = await interact(slashCommand('ask', [{ name: 'question', value: 'x'.repeat(10_000) }]));
    expect(reply.data!.flags).toBe(EPHEMERAL);
    expect(reply.data!.content).toContain('too long');
  });
});

describe('resilience', () => {
  it('GIVEN the gateway drops the connection mid-session THEN the bot resumes and keeps answering', async () => {
    const identifiesBefore = standIn.identifies;
    standIn.dropConnection();
    await standIn.waitForSession();
    const reply = await interact(slashCommand('quote', [{ name: 'who_or_topic', value: 'sheinbaum' }]));
    expect(reply.data!.embeds![0]!.description).toContain('Claudia Sheinbaum');
    expect(standIn.gatewayOps.some((o) => o.op === 6)).toBe(true);
    expect(standIn.identifies).toBe(identifiesBefore);
  });

  it('GIVEN the REST API answers 429 with retry_after, then 200 THEN the reply still arrives', async () => {
    standIn.rateLimitNextRequests(1);
    const reply = await interact(slashCommand('quote', [{ name: 'who_or_topic', value: 'sheinbaum' }]));
    expect(reply.data!.embeds![0]!.description).toContain('Claudia Sheinbaum');
    expect(standIn.requests.some((r) => r.rateLimited)).toBe(true);
  });
});

describe('errors', () => {
  it('GIVEN a handler that throws (a forged /quote with no option) THEN an ephemeral "something went wrong", a log line with the interaction id, and the bot keeps answering', async () => {
    await standIn.waitForSession();
    const { id } = standIn.dispatchInteraction(slashCommand('quote', []));
    const reply = (await standIn.callbackFor(id)).body as Callback;
    expect(reply.data!.flags).toBe(EPHEMERAL);
    expect(reply.data!.content).toContain('Something went wrong');
    const logged = await rig.bot.waitForLog('interaction handler failed');
    expect(rig.bot.logs.some((l) => l['msg'] === 'interaction handler failed' && l['interactionId'] === id)).toBe(true);
    expect(logged['err']).toBeDefined();
    const after = await interact(slashCommand('quote', [{ name: 'who_or_topic', value: 'sheinbaum' }]));
    expect(after.data!.embeds![0]!.description).toContain('Claudia Sheinbaum');
  });

  it('GIVEN an interaction Discord no longer knows (10062) THEN it is logged, not thrown, and the bot keeps answering', async () => {
    await standIn.waitForSession();
    const payload = slashCommand('quote', [{ name: 'who_or_topic', value: 'trump' }]);
    const originalDispatch = standIn.dispatchInteraction.bind(standIn);
    const { id } = originalDispatch(payload);
    standIn.expireInteraction(id);
    await rig.bot.waitForLog('interaction expired or already answered');
    const after = await interact(slashCommand('quote', [{ name: 'who_or_topic', value: 'sheinbaum' }]));
    expect(after.data!.embeds![0]!.description).toContain('Claudia Sheinbaum');
  });

  it('GIVEN everything the bot logged THEN the token appears nowhere', () => {
    expect(JSON.stringify(rig.bot.logs)).not.toContain('stand-in.token-for-tests');
  });
});

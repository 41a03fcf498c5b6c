import { describe, expect, it } from 'vitest';
import { importPayload } from './importPayload.js';
import { autocomplete, MODERATOR, slashCommand } from './payloads.js';
import { useBotRig } from './rig.js';

/**
 * A server's answers depend on the article and its own entries alone: 1,000 entries imported in server A, on the very
 * topics server B asks about, leave every answer in B byte for byte as it was (the words A's moderators use change
 * neither B's word statistics, nor which words B's story knows, nor its suggestions, speakers or autocomplete).
 */

const SERVER_A = '1200000000000000301';
const SERVER_B = '1200000000000000302';
const rig = useBotRig({ ENTRY_RATE_PER_MINUTE: '100000', MAX_ENTRIES_PER_SERVER: '20000' });

/** An export file of `count` entries, quotes and facts, on the article's topics and with speakers of their own. */
function exportOf(count: number, label: string): string {
  const topics = ['strikes in the Caribbean', 'fentanyl from China', 'intervention in Mexico', 'cartels as terrorists', 'boats and drones'];
  const speakers = ['Marta Quillon', 'Pedro Vashti', 'Claudia Sheinbaum', 'Irene Okafor'];
  const entries = Array.from({ length: count }, (_, i) => ({
    kind: i % 2 === 0 ? 'quote' : 'fact',
    text: `${label} ${i}: we discussed ${topics[i % topics.length]} and permission for ${topics[(i * 3) % topics.length]}, ${1 + (i % 89)} times.`,
    speaker: i % 2 === 0 ? { name: speakers[i % speakers.length], role: 'analyst' } : null,
    source: i % 2 === 0 ? null : { name: 'the harbour office', url: 'https://harbour.example.org/notes' },
  }));
  return JSON.stringify({ format: 'storydesk-entries', version: 1, exportedAt: '2026-01-01T00:00:00.000Z', entries });
}

async function importInto(guildId: string, file: string): Promise<string> {
  const { standIn } = rig;
  await standIn.waitForSession();
  const moderator = { ...MODERATOR, userId: '1200000000000000030', guildId };
  const { token } = standIn.dispatchInteraction(importPayload(standIn, file, moderator));
  const reply = await standIn.waitForRequest((r) => r.method === 'PATCH' && r.path.includes(token), 60_000);
  return (reply.body as { content: string }).content;
}

/** Every answer server B gets to a set of questions, as Discord received them. */
async function answersInB(): Promise<string[]> {
  const who = { guildId: SERVER_B };
  const asked = [
    slashCommand('ask', [{ name: 'question', value: 'How many suspected traffickers have died in the Caribbean strikes?' }], who),
    slashCommand('ask', [{ name: 'question', value: 'would Trump ask Mexico for permission?' }], who),
    slashCommand('ask', [{ name: 'question', value: 'What did Sheinbaum say about intervention?' }], who),
    slashCommand('ask', [{ name: 'question', value: 'What did the analysts discuss about drones?' }], who),
    slashCommand('ask', [{ name: 'question', value: 'What is the capital of France?' }], who),
    slashCommand('quote', [{ name: 'who_or_topic', value: 'sheinbaum' }], who),
    slashCommand('quote', [{ name: 'who_or_topic', value: 'cartels terrorists' }], who),
    slashCommand('quote', [{ name: 'who_or_topic', value: 'zheinbomm' }], who),
    slashCommand('facts', [{ name: 'topic', value: 'fentanyl' }], who),
    slashCommand('facts', [{ name: 'topic', value: 'harbour permission' }], who),
    slashCommand('about', [], who),
    autocomplete('quote', 'who_or_topic', 'shein', who),
    autocomplete('quote', 'who_or_topic', 'strikes carib', who),
    autocomplete('quote', 'who_or_topic', '', who),
  ];
  const answers: string[] = [];
  for (const payload of asked) answers.push(JSON.stringify(await rig.interact(payload)));
  return answers;
}

describe("one server's entries and another's answers", () => {
  it('GIVEN 1,000 entries added in server A THEN every answer in server B is byte-identical to what it was', async () => {
    expect(await importInto(SERVER_B, exportOf(30, 'Harbour note'))).toBe(
      'Imported: 30 added, 0 updated, 0 unchanged, 0 rejected.\nBy story: s0 30.',
    );
    const before = await answersInB();

    expect(await importInto(SERVER_A, exportOf(1000, 'Server A note'))).toBe(
      'Imported: 1,000 added, 0 updated, 0 unchanged, 0 rejected.\nBy story: s0 1,000.',
    );
    // A's entries are there, answered in A…
    const inA = await rig.interact(slashCommand('facts', [{ name: 'topic', value: 'Server A note 999' }], { guildId: SERVER_A }));
    expect(inA.data!.embeds![0]!.description).toContain('Server A note 999:');

    // …and B's answers are what they were.
    expect(await answersInB()).toEqual(before);
  });
});

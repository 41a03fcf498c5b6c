import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { modalSubmit, MODERATOR, subcommand } from './payloads.js';
import { useBotRig } from './rig.js';

/** The real bot with its database file deleted from under it: writes are refused out loud, never confirmed and lost. */

const moderator = { ...MODERATOR, userId: '1200000000000000030' };
const rig = useBotRig();

async function addFact(text: string) {
  const modal = await rig.interact(subcommand('entry', 'add', [{ name: 'kind', value: 'fact' }], moderator));
  return rig.interact(modalSubmit(modal.data!.custom_id!, { text, claim_by: '', source: '' }, moderator));
}

describe('a database file deleted while the bot runs', () => {
  it('GIVEN the file deleted THEN the next add is refused with a clear reply, and logged at error level', async () => {
    expect((await addFact('A fact saved while the file is still there.')).data!.content).toMatch(/^Saved entry m\d+\./u);
    const path = rig.bot.databasePath;
    for (const file of [path, `${path}-wal`, `${path}-shm`]) rmSync(file, { force: true });

    const refused = await addFact('A fact that would be lost at the next start.');
    expect(refused.data!.content).toBe(
      'Nothing was saved: the database file was deleted or replaced while the bot was running, so nothing can be saved until the bot is restarted; the operator has been told.',
    );
    const logged = await rig.bot.waitForLog('database file deleted or replaced: writes refused until restart');
    expect(logged['level']).toBe(50);
    expect((logged['err'] as { message: string }).message).toBe(
      `${path}: the database file was deleted while storydesk was running; nothing was saved, and nothing will be until it restarts`,
    );
  });
});

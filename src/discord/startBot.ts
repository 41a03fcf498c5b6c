export async function startBot(_config: unknown): Promise<void> { throw new Error('the Discord bot is not built yet'); }

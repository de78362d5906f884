import fs from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as any).__EMBEDDED_DB__;
  if (!state) return;
  await state.embedded.stop();
  fs.rmSync(state.dir, { recursive: true, force: true });
}

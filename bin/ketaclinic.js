#!/usr/bin/env node
// Runs the built CLI when `npm run build` has produced it; in a fresh checkout, runs the TypeScript
// source through tsx (a dev dependency) so `npx ketaclinic …` works straight after `npm ci`.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const built = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
if (existsSync(built)) {
  await import(pathToFileURL(built).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL('../src/cli/main.ts', import.meta.url).href);
}

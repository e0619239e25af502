import { readFileSync } from 'node:fs';

/** The version in package.json, read once at start-up (from src/server or dist/server alike). */
export function readPackageVersion(): string {
  const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return packageJson.version;
}

import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A dependency's own command (node_modules/.bin/<name>), wherever the script
 * runs from. Not `npx`: killing npx leaves the process it started running.
 */
export function bin(name: string): string {
  return path.join(
    path.dirname(fileURLToPath(import.meta.url)),
    '..',
    '..',
    'node_modules',
    '.bin',
    name,
  );
}

/**
 * Turn the characters of a math-like span back into TeX by restoring the backslashes the scraper stripped.
 * Only letter runs change; every other character is kept, so a span that was already valid stays as it was.
 */
import { splitGluedCommands } from './commands.ts';

const LETTER_RUN = /\\?[A-Za-z]+/g;

export function restoreTex(span: string): string {
  // Runs are maximal, so the character after a restored command is never a letter: `\star M` cannot fuse into
  // `\starM`, and glued commands are separated by their own backslashes (`\Phi\circ`).
  return span.replace(LETTER_RUN, (run) => {
    if (run.startsWith('\\')) return run;
    const glued = splitGluedCommands(run);
    if (!glued) return run;
    return glued.prefix + glued.commands.map((c) => `\\${c}`).join('');
  });
}

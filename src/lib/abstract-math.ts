/**
 * Whether a paper page's rendered abstract differs from the listing's text: it does exactly when the MDX body holds
 * recovered math (`$…$`), because the writer escapes every literal `$` and emits nothing else that renders
 * differently. Read from the body so the record schema needs no extra field.
 */

/** True when the generated MDX body contains a math delimiter (an unescaped `$` outside a link destination). */
export function mdxBodyHasMath(body: string): boolean {
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === '\\') {
      i++; // an escaped character, `\$` included, is literal text
    } else if (ch === '$') {
      return true;
    } else if (ch === ']' && body[i + 1] === '(') {
      // A URL may hold `$`; skip the destination up to its unescaped `)`.
      for (i += 2; i < body.length && body[i] !== ')'; i++) if (body[i] === '\\') i++;
    }
  }
  return false;
}

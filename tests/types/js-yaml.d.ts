// js-yaml is Astro's frontmatter reader (a transitive dependency without bundled types); tests read frontmatter with it.
declare module 'js-yaml' {
  export function load(text: string): unknown;
}

// The message catalogue: every file in ./messages/ is `{"sv": {key: text}, "en": {key: text}}`, and its keys
// are namespaced by the file's name (`steps-measures.json` → `steps-measures.title`). Kept apart from the
// reactive locale so the tests can load and check it without Svelte.

export const LOCALES = ['sv', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export type MessageFile = Partial<Record<Locale, Record<string, string>>>;
export type Catalog = Record<Locale, Map<string, string>>;

/** The namespace of a message file: its name without folder and `.json`. */
export function namespaceOf(path: string): string {
  const name = path.split('/').pop() ?? path;
  return name.replace(/\.json$/, '');
}

/** Merges message files (path → contents) into one table per language with namespaced keys. */
export function buildCatalog(files: Record<string, MessageFile>): Catalog {
  const catalog: Catalog = { sv: new Map(), en: new Map() };
  for (const [path, file] of Object.entries(files)) {
    const ns = namespaceOf(path);
    for (const locale of LOCALES) {
      for (const [key, text] of Object.entries(file[locale] ?? {})) {
        catalog[locale].set(`${ns}.${key}`, text);
      }
    }
  }
  return catalog;
}

/** Problems that would show a planner a raw key or an empty label: a key missing in one language, or empty. */
export function catalogProblems(files: Record<string, MessageFile>): string[] {
  const problems: string[] = [];
  for (const [path, file] of Object.entries(files)) {
    const ns = namespaceOf(path);
    for (const locale of LOCALES) {
      const table = file[locale];
      if (!table || typeof table !== 'object') {
        problems.push(`${ns}: no "${locale}" table`);
        continue;
      }
      for (const [key, text] of Object.entries(table)) {
        if (typeof text !== 'string' || text.trim() === '') problems.push(`${ns}.${key}: empty in ${locale}`);
        for (const other of LOCALES) {
          if (other !== locale && !(key in (file[other] ?? {}))) {
            problems.push(`${ns}.${key}: in ${locale} but missing in ${other}`);
          }
        }
      }
    }
  }
  return problems;
}

/** Fills `{name}` placeholders; an unknown placeholder stays visible so a missing parameter is noticed. */
export function interpolate(text: string, params?: Record<string, string | number>): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

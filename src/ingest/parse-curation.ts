/**
 * The alias file (`newsweave.aliases.yml`) → Curation rules. Pure: text in, rules and diagnostics
 * out. The YAML is parsed by js-yaml (so quoting, flow lists and comments mean what YAML says);
 * `curation-lines.ts` finds the line each entry starts on, so every invalid entry is reported at its
 * own line. An invalid entry is skipped and the rest of the file still applies.
 */
import { load, YAMLException } from 'js-yaml';
import type { Curation, CurationMerge, CurationName, CurationRename, CurationType, Diagnostic, EntityType } from '../model.ts';
import { entryLines, type SectionLines } from './curation-lines.ts';

export interface ParsedCuration {
  readonly curation: Curation;
  readonly diagnostics: readonly Diagnostic[];
}

/** Names of the alias file in the input folder, in order of preference. */
export const CURATION_FILE_NAMES: readonly string[] = ['newsweave.aliases.yml', 'newsweave.aliases.yaml'];

const SECTIONS = ['merge', 'split', 'type', 'rename', 'ignore'] as const;
type Section = (typeof SECTIONS)[number];

/** Accepted spellings of each actor type (labels on the site use British "organisation"). */
const TYPE_WORDS: Readonly<Record<string, EntityType>> = {
  person: 'person',
  organization: 'organization',
  organisation: 'organization',
  place: 'place',
  group: 'group',
};

export function emptyCuration(file: string): Curation {
  return { file, merge: [], split: [], type: [], rename: [], ignore: [] };
}

export function parseCuration(text: string, file: string): ParsedCuration {
  const diagnostics: Diagnostic[] = [];
  const report = (line: number, severity: Diagnostic['severity'], ruleId: string, reason: string): void => {
    diagnostics.push({ file, line, severity, ruleId, reason });
  };
  const source = text.replace(/^\uFEFF/, '');
  let doc: unknown;
  try {
    doc = load(source);
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    report((error.mark?.line ?? 0) + 1, 'error', 'curation-yaml-invalid', `the alias file is not valid YAML: ${error.reason}; no rule was applied`);
    return { curation: emptyCuration(file), diagnostics };
  }
  if (doc === null || doc === undefined) return { curation: emptyCuration(file), diagnostics };
  if (!isRecord(doc)) {
    report(1, 'error', 'curation-not-a-mapping', `the alias file must be a mapping with the sections ${SECTIONS.join(', ')}; no rule was applied`);
    return { curation: emptyCuration(file), diagnostics };
  }

  const located = entryLines(source);
  const rules: { -readonly [K in Section]: Curation[K][number][] } = { merge: [], split: [], type: [], rename: [], ignore: [] };
  for (const [key, value] of Object.entries(doc)) {
    const at = located.get(key) ?? { line: 1, sequence: [], mapping: new Map<string, number>() };
    if (!(SECTIONS as readonly string[]).includes(key)) {
      report(at.line, 'warning', 'curation-unknown-section', `unknown section '${key}' ignored: the sections are ${SECTIONS.join(', ')}`);
      continue;
    }
    if (value === null) continue; // "merge:" with nothing under it yet
    const section = key as Section;
    const invalid = (line: number, reason: string): void => report(line, 'error', 'curation-entry-invalid', `${section}: ${reason}; entry skipped`);
    if (section === 'merge' || section === 'split' || section === 'ignore') {
      const items = Array.isArray(value) ? value : section !== 'merge' && typeof value === 'string' ? [value] : null;
      if (!items) {
        invalid(at.line, section === 'merge' ? 'expected a list of entries ("- [Name, Other name]")' : 'expected a list of names ("- Name")');
        continue;
      }
      items.forEach((item: unknown, i) => {
        const line = lineOfItem(at, i, items.length);
        if (section === 'merge') {
          const rule = mergeRule(item, line);
          if (typeof rule === 'string') invalid(line, rule);
          else rules.merge.push(rule);
        } else {
          const name = nameOf(item);
          if (name === null) invalid(line, `expected a name, found ${describe(item)}`);
          else rules[section].push({ name, line } satisfies CurationName);
        }
      });
    } else {
      if (!isRecord(value)) {
        invalid(at.line, section === 'type' ? 'expected lines of "Name: type"' : 'expected lines of "Old name: New name"');
        continue;
      }
      for (const [name, target] of Object.entries(value)) {
        const line = at.mapping.get(name) ?? at.line;
        if (name.trim() === '') {
          invalid(line, 'the name before the colon is empty');
        } else if (section === 'type') {
          const type = typeof target === 'string' ? TYPE_WORDS[target.trim().toLowerCase()] : undefined;
          if (type === undefined) invalid(line, `'${name}': ${describe(target)} is not a type (person, organization, place or group)`);
          else rules.type.push({ name: name.trim(), type, line } satisfies CurationType);
        } else {
          const to = nameOf(target);
          if (to === null) invalid(line, `'${name}': the new name must be text, found ${describe(target)}`);
          else rules.rename.push({ from: name.trim(), to, line } satisfies CurationRename);
        }
      }
    }
  }
  return { curation: { file, ...rules }, diagnostics };
}

/** A merge entry: `[A, B, …]` or `{ names: [A, B, …], name: Preferred }`; a string is the problem. */
function mergeRule(item: unknown, line: number): CurationMerge | string {
  const shape = 'expected a list of two or more names, or "names: [..]" with an optional "name: .."';
  let list: unknown = item;
  let preferred: string | undefined;
  if (isRecord(item)) {
    const extra = Object.keys(item).filter((k) => k !== 'names' && k !== 'name');
    if (extra.length > 0) return `unknown key ${extra.map((k) => `'${k}'`).join(', ')} (${shape})`;
    list = item['names'];
    if ('name' in item) {
      const name = nameOf(item['name']);
      if (name === null) return `"name" must be text, found ${describe(item['name'])}`;
      preferred = name;
    }
  }
  if (!Array.isArray(list)) return `${shape}, found ${describe(list)}`;
  const names: string[] = [];
  for (const value of list as unknown[]) {
    const name = nameOf(value);
    if (name === null) return `every name must be text, found ${describe(value)}`;
    if (!names.includes(name)) names.push(name);
  }
  if (names.length < 2) return `${shape}, found ${names.length === 1 ? 'one name' : 'none'}`;
  const distinct = names;
  return { names: distinct, ...(preferred !== undefined ? { name: preferred } : {}), line };
}

/** A usable name: non-empty text (numbers are accepted as written, "1984"). */
function nameOf(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  const name = value.trim().replace(/\s+/g, ' ');
  return name === '' ? null : name;
}

function lineOfItem(at: SectionLines, index: number, count: number): number {
  // Line numbers are exact when the entries are one per line; otherwise the section's line.
  return at.sequence.length === count ? at.sequence[index]! : at.line;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return value.trim() === '' ? 'an empty name' : `'${value}'`;
  return `${typeof value} ${String(value)}`;
}

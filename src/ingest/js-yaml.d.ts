/**
 * The part of js-yaml 4 that newsweave uses (it ships no declarations). Written from
 * `node_modules/js-yaml/index.js` and `lib/loader.js`.
 */
declare module 'js-yaml' {
  export interface Mark {
    /** 0-based line of the error. */
    readonly line: number;
    readonly column: number;
  }
  export class YAMLException extends Error {
    readonly reason: string;
    readonly mark?: Mark;
  }
  /** Parses one YAML document with the default (safe) schema; throws YAMLException. */
  export function load(text: string, options?: { readonly filename?: string; readonly json?: boolean }): unknown;
}

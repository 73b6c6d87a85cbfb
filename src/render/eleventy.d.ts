/**
 * The small part of Eleventy 3's API that newsweave uses. Eleventy ships JSDoc, not declarations,
 * so these are written from `node_modules/@11ty/eleventy/src/Eleventy.js` and `UserConfig.js`.
 */
declare module '@11ty/eleventy' {
  export interface UserConfig {
    addGlobalData(name: string, data: unknown): this;
    addFilter(name: string, filter: (...args: any[]) => unknown): this;
    addPlugin(plugin: (config: UserConfig, options?: unknown) => unknown, options?: unknown): this;
    addPassthroughCopy(paths: string | Record<string, string>): this;
    setTemplateFormats(formats: string | readonly string[]): this;
    setNunjucksEnvironmentOptions(options: Record<string, unknown>): this;
    setQuietMode(quiet: boolean): void;
    setInputDirectory(dir: string): this;
    setIncludesDirectory(dir: string): this;
  }

  export interface EleventyOptions {
    quietMode?: boolean;
    /** Path of a config file; an empty string skips config files altogether. */
    configPath?: string;
    pathPrefix?: string;
    config?: (config: UserConfig) => void | Promise<void>;
  }

  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    write(): Promise<[unknown[], { outputPath?: string | false; url?: string | false }[]]>;
  }
}

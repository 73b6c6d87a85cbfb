/**
 * Writes the site: runs Eleventy 3 over `templates/` with the SiteData as global data. IO: this
 * module writes `outDir` (and only there). Template and config paths resolve from the project root,
 * not from the working directory.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import Eleventy from '@11ty/eleventy';
import type { SiteData } from '../site/site-data.ts';
import eleventyConfig from '../../.eleventy.ts';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface RenderOptions {
  /** Silence Eleventy's per-file log lines. */
  readonly quiet?: boolean;
}

export async function renderSite(site: SiteData, outDir: string, options: RenderOptions = {}): Promise<{ pages: number }> {
  const elev = new Eleventy(path.join(projectRoot, 'templates'), path.resolve(outDir), {
    quietMode: options.quiet ?? true,
    // '' skips Eleventy's own config-file lookup: we apply .eleventy.ts here, and a stray
    // eleventy.config.js in the working directory must not change the site.
    configPath: '',
    config(config) {
      eleventyConfig(config);
      config.addGlobalData('site', site);
    },
  });
  const [, templates] = await elev.write();
  return { pages: templates.filter((t) => t.outputPath).length };
}

/**
 * Eleventy configuration: thin on purpose. Templates live in `templates/`, static assets in
 * `public/` are copied to the site root, and Nunjucks escapes everything by default. Page data
 * comes from one place: `renderSite` adds the SiteData as the global `site`.
 *
 * `renderSite` applies this function itself (Eleventy cannot import a `.ts` config unless tsx is
 * loaded, which it is not under vitest); it also works as `--config=.eleventy.ts` under tsx.
 * Paths resolve from this file, not from the working directory, so a build works from any cwd.
 */
import { fileURLToPath } from 'node:url';
import type { UserConfig } from '@11ty/eleventy';
import filters from './src/render/filters.ts';

const publicDir = fileURLToPath(new URL('./public/', import.meta.url));
const templatesDir = fileURLToPath(new URL('./templates/', import.meta.url));

export default function eleventyConfig(config: UserConfig): void {
  config.setInputDirectory(templatesDir);
  config.setIncludesDirectory('_includes');
  config.addPlugin(filters);
  config.addPassthroughCopy({ [publicDir]: '/' });
  // trimBlocks/lstripBlocks keep block tags from leaving blank lines in the HTML.
  config.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false, trimBlocks: true, lstripBlocks: true });
  config.setTemplateFormats(['njk']);
}

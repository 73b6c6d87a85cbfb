/**
 * Live reload for the dev server: a tiny script, added only to HTML the dev server sends (never to
 * the built files), that listens on a Server-Sent Events endpoint and reloads the page when told.
 */

/** Path of the Server-Sent Events endpoint (outside any path prefix, so it cannot clash with a page). */
export const RELOAD_ENDPOINT = '/__newsweave/reload';

export const RELOAD_SCRIPT =
  `<script>(function(){var s=new EventSource(${JSON.stringify(RELOAD_ENDPOINT)});` +
  `s.addEventListener('reload',function(){location.reload();});})();</script>`;

/** The page with the reload script before `</body>`, or at the end when there is none. */
export function injectReloadScript(html: string): string {
  const at = html.toLowerCase().lastIndexOf('</body>');
  return at < 0 ? html + RELOAD_SCRIPT : html.slice(0, at) + RELOAD_SCRIPT + html.slice(at);
}

/** One Server-Sent Events message. */
export function sseEvent(name: string, data = ''): string {
  return `event: ${name}\ndata: ${data}\n\n`;
}

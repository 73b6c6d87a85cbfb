import { describe, expect, it } from 'vitest';
import { injectReloadScript, RELOAD_ENDPOINT, RELOAD_SCRIPT, sseEvent } from '../../src/dev/live-reload.ts';

describe('injectReloadScript', () => {
  it.each([
    ['<html><body><p>x</p></body></html>', `<html><body><p>x</p>${RELOAD_SCRIPT}</body></html>`],
    ['<BODY>x</BODY>', `<BODY>x${RELOAD_SCRIPT}</BODY>`],
    ['<p>no body</p>', `<p>no body</p>${RELOAD_SCRIPT}`],
    // Only the last </body> (one quoted earlier in the page is text, not the end of the page).
    ['<body><code>&lt;/body&gt;</code></body>', `<body><code>&lt;/body&gt;</code>${RELOAD_SCRIPT}</body>`],
  ])('%j', (html, expected) => {
    expect(injectReloadScript(html)).toBe(expected);
  });

  it('listens on the reload endpoint', () => {
    expect(RELOAD_SCRIPT).toContain(`new EventSource("${RELOAD_ENDPOINT}")`);
  });
});

describe('sseEvent', () => {
  it.each([
    ['reload', '', 'event: reload\ndata: \n\n'],
    ['hello', 'x', 'event: hello\ndata: x\n\n'],
  ])('%s %j', (name, data, expected) => {
    expect(sseEvent(name, data)).toBe(expected);
  });
});

import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { failureMessage } from '../../src/cli/fail.ts';

const thrown = (f: () => unknown): unknown => {
  try {
    f();
  } catch (error) {
    return error;
  }
  throw new Error('did not throw');
};

describe('failureMessage', () => {
  it('turns a bad option into a sentence that says where the options are, with no stack', () => {
    const error = thrown(() => parseArgs({ args: ['--out', 'x'], options: { output: { type: 'string' } } }));
    expect(failureMessage('newsweave', error, '`npm run build -- --help`')).toBe("newsweave: Unknown option '--out'. For the options, see `npm run build -- --help`.");
  });

  it('prints the message of an error the user can fix', () => {
    const error = Object.assign(new Error('input folder "nope" does not exist'), { name: 'ConfigError' });
    expect(failureMessage('newsweave', error, 'x')).toBe('newsweave: input folder "nope" does not exist');
  });

  it('keeps the stack of anything else (a bug of ours)', () => {
    expect(failureMessage('newsweave eval', new TypeError('boom'), 'x')).toMatch(/^newsweave eval: TypeError: boom\n\s+at /);
  });
});

/**
 * How a command reports the error that ended it: a sentence for what the user can fix (a bad
 * option, a bad setting, a failed build), the stack trace only for what is a bug of ours.
 */
const USER_ERRORS = new Set(['BuildError', 'ConfigError']);

/** `help`: where the options are listed ("npm run build -- --help", "the README"). */
export function failureMessage(command: string, error: unknown, help: string): string {
  const err = error instanceof Error ? error : new Error(String(error));
  const code = (err as Error & { code?: unknown }).code;
  if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) return `${command}: ${err.message}. For the options, see ${help}.`;
  return `${command}: ${USER_ERRORS.has(err.name) ? err.message : (err.stack ?? err.message)}`;
}

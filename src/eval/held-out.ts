/**
 * The held-out texts (test/fixtures/heldout: invented news labelled by someone who had not seen
 * the rules, measured and never tuned to). Names are scored like the development texts; time
 * expressions TempEval-3 style against each text's creation time.
 */
import { scoreNerDev } from './ner-dev.ts';
import type { SpanScore } from './score-spans.ts';
import type { TimexScore } from './score-timex.ts';
import { scoreTimexFiles } from './timex-dev.ts';

export interface HeldOutScore {
  readonly names: { readonly documents: number; readonly score: SpanScore } | null;
  readonly times: { readonly documents: number; readonly score: TimexScore } | null;
}

export async function scoreHeldOut(dir: string): Promise<HeldOutScore> {
  const names = await scoreNerDev(dir, (f) => f === 'ner.jsonl');
  const times = await scoreTimexFiles(dir, (f) => f === 'timex.jsonl');
  return { names: names.documents > 0 ? names : null, times: times.documents > 0 ? times : null };
}

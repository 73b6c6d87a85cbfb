/** Who said a quote, how that was found, and whether it was inferred rather than read. */
import type { QuoteSpeaker } from '../model.ts';
import { INFERRED_SPEAKER, SPEAKER_VIA_LABELS } from './event-labels.ts';
import { mentionActor } from './participant-view.ts';
import type { SiteContext } from './site-context.ts';
import type { SpeakerView } from './view-models.ts';

export function speakerView(context: SiteContext, articleIndex: number, speaker: QuoteSpeaker): SpeakerView {
  return {
    text: speaker.text,
    actor: mentionActor(context, articleIndex, speaker.mention),
    via: SPEAKER_VIA_LABELS[speaker.via],
    inferred: INFERRED_SPEAKER.has(speaker.via),
  };
}

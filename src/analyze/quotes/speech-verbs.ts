/** Verbs that introduce or attribute speech ("said", "told", "added", "warned", "citing"). */
const SPEECH = new RegExp(
  '^(?:' +
    [
      'say|says|said|saying', 'tell|tells|told|telling', 'state|states|stated', 'add|adds|added|adding',
      'note|notes|noted|noting', 'warn|warns|warned|warning', 'call|calls|called', 'describe|describes|described|describing',
      'complain|complains|complained', 'insist|insists|insisted', 'urge|urges|urged', 'report|reports|reported',
      'characteri[sz]e[sd]?', 'claim|claims|claimed', 'announce[sd]?', 'declare[sd]?', 'write|writes|wrote',
      'tweet|tweets|tweeted', 'posted', 'explain|explains|explained', 'argue[sd]?', 'ask|asks|asked',
      'reply|replies|replied', 'acknowledge[sd]?', 'admit|admits|admitted', 'affirm|affirms|affirmed', 'assert|asserts|asserted',
      'citing|cited', 'vow|vows|vowed', 'pledge[sd]?', 'promise[sd]?', 'threaten|threatens|threatened',
      'deny|denies|denied', 'confirm|confirms|confirmed', 'stress|stresses|stressed', 'emphasi[sz]e[sd]?',
      'suggest|suggests|suggested', 'predict|predicts|predicted', 'recall|recalls|recalled', 'quipped',
      'reiterate[sd]?', 'maintain|maintains|maintained', 'contend|contends|contended', 'pointed', 'dubbed', 'termed',
      'labell?ed', 'branded', 'accuse[sd]?', 'condemn|condemns|condemned', 'remark|remarks|remarked',
    ].join('|') +
    ')$',
);

export function isSpeechVerb(normal: string): boolean {
  return SPEECH.test(normal) || /-(?:threatened|warned|claimed)$/.test(normal);
}

/** Participles that attach to the clause's subject: "…, adding: “…”", "…, citing a “…”". */
export function isParticiple(normal: string): boolean {
  return /ing$/.test(normal);
}

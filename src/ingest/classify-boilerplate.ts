/**
 * Page furniture that scrapers carry into article text: reading-time notes, widget labels,
 * share counters, comment prompts, newsletter and cookie lines, copyright footers.
 * Each rule matches a WHOLE line, so a body sentence that merely contains "read more" or
 * "comments" is never removed. Returns the reason recorded in `Article.removed`, or null.
 */

interface BoilerplateRule {
  readonly reason: string;
  readonly pattern: RegExp;
}

const RULES: readonly BoilerplateRule[] = [
  { reason: 'reading-time note', pattern: /^(?:(?:estimated\s+)?reading\s+time:?\s*)?(?:about\s+)?\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s*(?:min(?:ute)?s?\.?)(?:\s+(?:read|to read|reading))?$/i },
  { reason: 'reading-time note', pattern: /^\d{1,3}\s*(?:min(?:ute)?s?\.?)\s+read$/i },
  { reason: 'share counter', pattern: /^\d{1,6}(?:[ \t]+\d{1,6}){0,4}$/ },
  { reason: 'share counter', pattern: /^(?:\d[\d,.]*[kKmM]?\s+)?(?:shares?|views?|likes?)$/i },
  {
    reason: 'widget label',
    pattern:
      /^(?:live(?:\s+(?:story|updates?|blog))?|read\s+(?:more|next|also|the full story)|related(?:\s+(?:articles?|stories|posts?|content|coverage|news|topics))?|more\s+(?:on this(?: story| topic)?|from\s+\S+(?:\s+\S+)?|stories|news)|see also|also read|advertisement|advert|sponsored(?:\s+content)?|continue reading|story continues below(?:\s+advertisement)?|most (?:read|popular|viewed)|trending(?:\s+now)?|recommended(?:\s+for you)?|you (?:may|might) also like|top stories|editor'?s picks|skip to (?:main )?content|listen to (?:this )?article|watch(?: now| live)?|print(?: this)?(?: article| page)?|e-?mail(?: this)?(?: article| page)?|share(?: this)?(?: article| story| page| on \w+)?|tweet|whatsapp|facebook|twitter|linkedin|copy link|back to top|show more|load more|click here|menu|close)[\s:.!>»›→]*$/i,
  },
  { reason: 'comment prompt', pattern: /^(?:reply|leave a (?:reply|comment)|post a comment|add (?:a|your) comment|discuss this (?:article|story)|join the (?:conversation|discussion|debate)|show comments|view comments|comments?|(?:\d+|no)\s+comments?|comments?\s*\(\d+\)|be the first to comment\.?|cancel reply|submit comment)[\s:.!]*$/i },
  { reason: 'comment prompt', pattern: /^your email address will not be published\.?(?:\s*required fields are marked \*?\.?)?$/i },
  { reason: 'comment prompt', pattern: /^required fields are marked \*?\.?$/i },
  { reason: 'newsletter prompt', pattern: /^(?:subscribe|sign up)\b.{0,120}\b(?:newsletter|inbox|updates|alerts|briefing|subscription|e-?mails?|channel)\b.{0,40}$/i },
  { reason: 'newsletter prompt', pattern: /^(?:subscribe|sign up)(?:\s+now|\s+here)?[\s:.!]*$/i },
  { reason: 'newsletter prompt', pattern: /^follow (?:us|@\w+|\w+(?:\s+\w+)?\s+on (?:twitter|x|facebook|instagram|telegram|whatsapp|linkedin|youtube|tiktok))\b.{0,80}$/i },
  { reason: 'cookie notice', pattern: /^(?=.{0,300}$).*\b(?:we use cookies|(?:site|website|page) uses cookies|cookie (?:policy|settings|preferences|consent)|accept (?:all )?cookies)\b.*$/i },
  { reason: 'copyright notice', pattern: /^(?:©|\(c\)\s|copyright\s*(?:©|\(c\))?\s*\d{4}\b).{0,200}$/i },
  { reason: 'copyright notice', pattern: /^copyright\b.{0,200}\ball rights reserved\b.{0,20}$/i },
  { reason: 'copyright notice', pattern: /^[Cc]opyright\s+(?:by\s+)?[A-Z][^.!?]{0,60}$/ },
  { reason: 'copyright notice', pattern: /^all rights reserved\.?$/i },
  { reason: 'other-reports footer', pattern: /^(?:other|more)\s+(?:reports|stories|articles|news)\s+(?:by|from)\s+\S.{0,80}$/i },
  { reason: 'image credit', pattern: /^(?:photo|image|picture|photograph|video|graphic)s?(?:\s+credit)?\s*[:|]\s*\S.{0,100}$/i },
];

/** The reason a whole line is page furniture, or null when it may be article text. */
export function classifyBoilerplate(line: string): string | null {
  const text = line.trim();
  if (text === '') return null;
  for (const rule of RULES) if (rule.pattern.test(text)) return rule.reason;
  return null;
}

/**
 * A trailing bracketed photo credit on a caption line ("… at the border [Getty/file photo]").
 * Returns the credit so the caller can strip it; the caption text itself stays in the body because
 * captions often carry facts (who, where, when) the body repeats or adds to.
 */
export function findTrailingCredit(line: string): string | null {
  const match = /\s*[[(]([^[\]()]{1,60})[\])]\s*$/.exec(line);
  if (!match || match.index === 0) return null;
  const inner = match[1] ?? '';
  const creditLike = /\/|\b(?:photo|image|picture|file|credit|courtesy|pool|getty|via|handout|stock)\b|©/i.test(inner);
  return creditLike ? match[0] : null;
}

// Words that send a review to the moderators (matched as whole words, with common suffixes and
// digit-for-letter spellings). Kept short on purpose: the queue is reviewed by people, not the list.
export const PROFANITY = [
  'fuck',
  'motherfucker',
  'shit',
  'bullshit',
  'bitch',
  'asshole',
  'arsehole',
  'bastard',
  'cunt',
  'dick',
  'dickhead',
  'prick',
  'wanker',
  'twat',
  'slut',
  'whore',
  'retard',
  'scumbag',
  'piss',
] as const;

/**
 * Words that hold a listing for review: items the marketplace does not allow, or that need a human to
 * check (weapons, drugs, counterfeits, live animals, documents). Matched as whole words, any case.
 */
export const PROHIBITED_KEYWORDS: readonly string[] = [
  'gun',
  'firearm',
  'pistol',
  'rifle',
  'ammunition',
  'ammo',
  'explosive',
  'grenade',
  'cocaine',
  'heroin',
  'methamphetamine',
  'mdma',
  'fentanyl',
  'cannabis',
  'marijuana',
  'counterfeit',
  'replica',
  'fake id',
  'passport',
  'driving licence',
  'stolen',
  'ivory',
  'live animal',
  'prescription drugs',
  'tobacco',
];

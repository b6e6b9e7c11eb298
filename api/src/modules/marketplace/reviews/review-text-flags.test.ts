import { textFlags } from './review-text-flags';

describe('textFlags', () => {
  test.each([
    ['an email address', 'Great seller, write to jane.doe@example.com for more', 'contact_details'],
    ['an obfuscated email', 'reach me at jane (at) example (dot) com', 'contact_details'],
    ['a phone number with spaces', 'Call +44 7700 900123 anytime', 'contact_details'],
    ['a phone number with dashes', 'my number 555-123-4567', 'contact_details'],
    ['a messenger', 'Just whatsapp me next time, cheaper', 'contact_details'],
    ['a contact request', 'text me on the number in my profile', 'contact_details'],
    ['an http link', 'see https://cheap-deals.example/x', 'link'],
    ['a www link', 'buy at www.example.org instead', 'link'],
    ['a bare domain', 'better prices on bargains.shop', 'link'],
    ['a swear word', 'What a shit experience', 'profanity'],
    ['a swear word with a suffix', 'the seller was fucking slow', 'profanity'],
    ['a digit spelling', 'total b1tch about returns', 'profanity'],
  ])('flags %s', (_name, text, flag) => {
    expect(textFlags(text)).toContain(flag);
  });

  test.each([
    ['a plain review', 'Item as described, well packed, arrived in 3 days. 5 stars!'],
    ['a price and a date', 'Paid 125.00 EUR on 21.11.2026, shipped 2026-11-22'],
    ['a tracking-free delivery note', 'Shipped with DHL, order arrived quickly'],
    ['words containing a listed word', 'Good assessment of condition, from Scunthorpe, classic cocktail glasses'],
    ['an abbreviation with dots', 'Works fine, e.g. the lens and strap. Would buy again.'],
    ['the word signal or message', 'Mixed signal at first but the message was clear'],
  ])('does not flag %s', (_name, text) => {
    expect(textFlags(text)).toEqual([]);
  });

  test('an email address alone is contact details, not a link', () => {
    expect(textFlags('write to bob@example.com')).toEqual(['contact_details']);
  });

  test('reports several flags at once', () => {
    expect(textFlags('shit seller, go to www.example.com or email bob@example.com')).toEqual(['contact_details', 'link', 'profanity']);
  });
});

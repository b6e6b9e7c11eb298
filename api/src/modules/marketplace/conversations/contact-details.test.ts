import { detectOffPlatform, isValidIban } from './contact-details';

const kinds = (text: string) => detectOffPlatform(text).map((f) => f.kind);

describe('off-platform contact details', () => {
  test.each([
    ['write to jane.doe@example.com', 'email'],
    ['jane.doe (at) gmail (dot) com', 'email'],
    ['jane at gmail dot com', 'email'],
    ['call me on 06 12 34 56 78', 'phone'],
    ['+33 6 12 34 56 78', 'phone'],
    ['0612345678', 'phone'],
    ['06.12.34.56.78', 'phone'],
    ['06-12-34-56-78', 'phone'],
    ['0 6 1 2 3 4 5 6 7 8', 'phone'],
    ['zero six one two three four five six seven eight', 'phone'],
    ['mon numéro : zéro six, un deux, trois quatre, cinq six, sept huit', 'phone'],
    ['see https://example.org/item', 'link'],
    ['www.mysite.fr', 'link'],
    ['wa.me/33612345678', 'link'],
    ['t.me/janedoe', 'link'],
    ['add me on WhatsApp', 'link'],
    ['my insta is @jane_doe', 'link'],
    ['follow @jane_doe', 'handle'],
  ])('%s → %s', (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });

  test('an obfuscated French number in words counts its digits', () => {
    expect(kinds('zéro six douze')).toEqual([]);
    expect(kinds('zero six un deux trois quatre cinq six sept huit')).toEqual(['phone']);
  });
});

describe('payment requests', () => {
  test.each([
    'Can you pay me directly?',
    'PayPal friends and family please',
    'paypal f&f',
    'a bank transfer would be easier',
    'we could do it outside the platform',
    'Tu peux me payer directement ?',
    'par virement bancaire',
    'on fait ça hors de la plateforme',
    'paiement entre amis',
    'je t’envoie mon RIB',
  ])('%s', (text) => {
    expect(detectOffPlatform(text).map((f) => f.code)).toContain('payment_request');
  });

  test('an IBAN with a valid checksum', () => {
    expect(kinds('FR76 3000 6000 0112 3456 7890 189')).toContain('iban');
    expect(kinds('DE89370400440532013000')).toContain('iban');
    expect(kinds('GB82 WEST 1234 5698 7654 32')).toContain('iban');
  });

  test('an IBAN-shaped string with a wrong checksum is not one', () => {
    expect(isValidIban('FR76 3000 6000 0112 3456 7890 188')).toBe(false);
    expect(kinds('FR77 3000 6000 0112 3456 7890 189')).not.toContain('iban');
    expect(isValidIban('GB82WEST12345698765432')).toBe(true);
  });
});

describe('ordinary messages do not trigger', () => {
  test.each([
    'Is it still available?',
    'Would you take 120 € for it?',
    'I can do 1 250,00 EUR',
    '€1,299.99 is my last offer',
    'It costs 45$ to ship',
    'I can ship on 12/05/2026 or 2026-12-07',
    'Delivered 07.12.2026 at 14:30',
    'Meet at 18h30?',
    'My order number is 123456789012',
    'Order #4815162342 arrived',
    'commande n° 2026120700123',
    'Tracking: JD0123456789, DHL',
    'I live in 75011 Paris',
    'Postcode SW1A 1AA',
    'Order 3f2b6c1e-8a4d-4e4b-9c1a-2b3c4d5e6f70 is paid',
    'The lens is 50mm f/1.8, bought in 2019',
    'Can you send more photos at 5pm?',
    'Merci, je passe le prendre demain à 10h',
    'Il mesure 120 x 60 x 45 cm',
    'a pen@ least',
  ])('%s', (text) => {
    expect(detectOffPlatform(text)).toEqual([]);
  });
});

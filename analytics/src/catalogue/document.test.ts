import { readFileSync } from 'node:fs';
import { EVENT_CATALOGUE } from './catalogue';
import { EVENTS_DOCUMENT, renderCatalogue } from './document';

describe('EVENTS.md', () => {
  it('is what the catalogue renders (run `npm run events:doc` after changing a schema)', () => {
    expect(readFileSync(EVENTS_DOCUMENT, 'utf8')).toBe(renderCatalogue());
  });

  it('documents every type with its aggregate, and each field with its type and whether it is required', () => {
    const doc = renderCatalogue();
    for (const [type, d] of Object.entries(EVENT_CATALOGUE)) expect(doc).toContain(`\`${type}\`](#${type.replace(/[^a-z0-9_-]/g, '')}) | \`${d.aggregate}\` | ${d.version} |`);
    expect(doc).toContain('| `amount` | integer ≥ 0 | yes | minor units of the currency |');
    expect(doc).toContain('| `assigned_arbitrator_id` | uuid or null | yes |  |');
    expect(doc).toContain('| `refunded` | integer ≥ 0 | no | refunded to the buyer in this step, minor units |');
    expect(doc).toContain('When `source` is `chargeback`:');
  });
});

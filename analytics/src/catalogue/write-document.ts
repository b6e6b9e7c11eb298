import { writeFileSync } from 'node:fs';
import { EVENTS_DOCUMENT, renderCatalogue } from './document';

// `npm run events:doc`: regenerates analytics/EVENTS.md after a catalogue change.
writeFileSync(EVENTS_DOCUMENT, renderCatalogue());
process.stdout.write(`wrote ${EVENTS_DOCUMENT}\n`);

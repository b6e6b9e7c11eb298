import { strToU8, zipSync } from 'fflate';
import { EXPORT_SECTIONS, type ExportSource } from './export-sections';

/** The export as a zip: one JSON file per section and a README.txt that says what each holds. */
export async function buildArchive(source: ExportSource): Promise<Uint8Array> {
  const files: Record<string, Uint8Array> = { 'README.txt': strToU8(readme(source.now)) };
  for (const section of EXPORT_SECTIONS) files[section.file] = strToU8(`${JSON.stringify(await section.read(source), null, 2)}\n`);
  return zipSync(files, { level: 6, mtime: source.now });
}

function readme(now: Date): string {
  return [
    `Your Agora data, exported on ${now.toISOString()}.`,
    '',
    'Everything we hold about you, as JSON (UTF-8). Dates are ISO 8601 in UTC; amounts are integers in the',
    "currency's minor unit (cents). Other people appear only by their id and display name.",
    '',
    ...EXPORT_SECTIONS.map((s) => `${s.file}\n  ${s.about}\n`),
  ].join('\n');
}

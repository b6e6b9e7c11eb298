import { z } from 'zod';
import { Uuid } from '../../../http/ids';

export const ExportIdParams = z.strictObject({ id: Uuid.describe('The export’s id') });

export const DataExportResponse = z
  .object({
    id: z.uuid(),
    status: z.enum(['pending', 'ready', 'failed']).describe('pending: being built; ready: download it; failed: ask for a new one'),
    requested_at: z.iso.datetime(),
    completed_at: z.iso.datetime().nullable(),
    expires_at: z.iso.datetime().describe('When the export (built or not) is deleted'),
    size_bytes: z.number().int().nullable().describe('The zip archive’s size, once ready'),
  })
  .meta({ id: 'DataExport' });

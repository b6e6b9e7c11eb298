import { z } from 'zod';
import { Uuid } from '../../../http/ids';

export const CaseIdParams = z.strictObject({ id: Uuid.describe('The fraud case’s id') });

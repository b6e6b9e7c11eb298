import { z } from 'zod';
import { ListingImageResponse } from '../../marketplace/listing-images';
import { Base64FileSchema, FILE_CONTENT_TYPES, FileContentTypeSchema, checkDeclaredType } from '../../../http/file-type';
import { Uuid } from '../../../http/ids';
import { PageQuery } from '../../../http/pagination';
import { MessageResponse } from '../../marketplace/conversations';
import { ORDER_STATUSES } from '../../marketplace/orders';
import { MoneyResponse as Money } from '../../money/currencies';
import { ShippingAddressResponse } from '../../marketplace/shipping';

export const BUYER_DISPUTE_STATUSES = ['awaiting_seller', 'under_review', 'resolved'] as const;
export const RESOLUTIONS = ['refund', 'release', 'split'] as const;

const DisputeId = Uuid.describe('The dispute’s id');
export const DisputeIdParams = z.strictObject({ id: DisputeId });
export const EvidenceParams = z.strictObject({ id: DisputeId, evidenceId: Uuid.describe('The evidence item’s id') });

const TextEvidence = z.strictObject({
  kind: z.literal('text'),
  text: z.string({ error: 'is required' }).trim().min(1, 'must not be empty').max(5000, 'must be at most 5000 characters'),
});
const FileEvidence = z
  .strictObject({
    kind: z.literal('file'),
    filename: z
      .string({ error: 'is required' })
      .trim()
      .min(1, 'must not be empty')
      .max(255, 'must be at most 255 characters')
      .regex(/^[^\p{Cc}/\\]*$/u, 'must be a plain file name'),
    content_type: FileContentTypeSchema,
    content_base64: Base64FileSchema,
  })
  .superRefine(checkDeclaredType);
export const EvidenceBody = z.discriminatedUnion('kind', [TextEvidence, FileEvidence], { error: 'must be text or file' });
export type EvidenceInput = z.infer<typeof EvidenceBody>;
/** The evidence file types accepted (and stored): what the repository may be handed. */

const MoneyBody = z.strictObject({
  amount: z.number({ error: 'must be an integer amount in minor units' }).int('must be an integer amount in minor units').positive('must be greater than 0'),
  currency: z.string({ error: 'is required' }).regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code'),
});
export const ResolutionBody = z
  .strictObject({
    resolution: z.enum(RESOLUTIONS, { error: `must be one of ${RESOLUTIONS.join(', ')}` }),
    refund_amount: MoneyBody.optional(),
    note: z.string().trim().max(2000, 'must be at most 2000 characters').optional(),
  })
  .superRefine((body, ctx) => {
    if (body.resolution === 'split' && !body.refund_amount) ctx.addIssue({ code: 'custom', path: ['refund_amount'], message: 'is required for a split' });
    if (body.resolution !== 'split' && body.refund_amount) ctx.addIssue({ code: 'custom', path: ['refund_amount'], message: 'is only for a split' });
  })
  .meta({ examples: [{ resolution: 'split', refund_amount: { amount: 2000, currency: 'EUR' }, note: 'Minor damage: part refund' }] });
export type ResolutionInput = z.infer<typeof ResolutionBody>;

export const AssignBody = z.strictObject({ arbitrator_id: Uuid });

export const DisputeQueueQuery = PageQuery.extend({
  status: z
    .enum(BUYER_DISPUTE_STATUSES, { error: `must be one of ${BUYER_DISPUTE_STATUSES.join(', ')}` })
    .optional()
    .describe('Only disputes in this status'),
  assigned: z.enum(['me', 'unassigned', 'all'], { error: 'must be me, unassigned or all' }).default('all').describe('me: assigned to the caller; unassigned; all'),
}).strict();

const at = z.iso.datetime();
export const EvidenceResponse = z
  .object({
    id: z.uuid(),
    author_id: z.uuid(),
    kind: z.enum(['text', 'file']),
    text: z.string().nullable(),
    filename: z.string().nullable(),
    content_type: z.enum(FILE_CONTENT_TYPES).nullable(),
    size_bytes: z.number().int().nullable(),
    created_at: at,
  })
  .meta({ id: 'Evidence' });
export const DisputeResponse = z
  .object({
    id: z.uuid(),
    order_id: z.uuid(),
    status: z.enum(BUYER_DISPUTE_STATUSES),
    reason: z.string(),
    description: z.string(),
    amount: Money,
    opened_by: z.uuid(),
    seller_response_due_at: at,
    seller_responded_at: at.nullable(),
    evidence_due_at: at,
    resolution: z.enum(RESOLUTIONS).nullable(),
    refund_amount: Money.nullable(),
    resolved_at: at.nullable(),
    resolution_note: z.string().nullable(),
    created_at: at,
    updated_at: at,
  })
  .meta({
    id: 'Dispute',
    examples: [
      {
        id: 'a3bb189e-8bf9-3888-9912-ace4e6543002',
        order_id: '0b8f3c2e-5a1d-4c6e-9f7a-2d3b4c5e6f70',
        status: 'awaiting_seller',
        reason: 'not_as_described',
        description: 'The lens is scratched',
        amount: { amount: 4999, currency: 'EUR' },
        opened_by: 'a3bb189e-8bf9-3888-9912-ace4e6543002',
        seller_response_due_at: '2026-03-02T10:15:00.000Z',
        seller_responded_at: null,
        evidence_due_at: '2026-03-02T10:15:00.000Z',
        resolution: null,
        refund_amount: null,
        resolved_at: null,
        resolution_note: null,
        created_at: '2026-03-02T10:15:00.000Z',
        updated_at: '2026-03-02T10:15:00.000Z',
      },
    ],
  });
export const PartyDisputeResponse = DisputeResponse.extend({ messages: z.array(MessageResponse), evidence: z.array(EvidenceResponse) }).meta({
  id: 'PartyDispute',
  description: 'A dispute as its parties see it, with the thread and evidence',
});
export const StaffDisputeResponse = DisputeResponse.extend({
  buyer_id: z.uuid(),
  seller_id: z.uuid(),
  listing_title: z.string(),
  assigned_arbitrator_id: z.uuid().nullable(),
  assigned_at: at.nullable(),
  sla_due_at: at.nullable(),
  sla_breached: z.boolean(),
  resolved_by: z.uuid().nullable(),
}).meta({ id: 'StaffDispute', description: 'A dispute as staff see it, with assignment and SLA' });
const PaymentAttemptResponse = z.object({
  id: z.uuid(),
  attempt: z.number().int(),
  payment_method: z.string(),
  amount: Money,
  status: z.string(),
  decline_code: z.string().nullable(),
  created_at: at,
  finished_at: at.nullable(),
});
export const EvidencePackResponse = z
  .object({
    order: z.object({ id: z.uuid(), status: z.enum(ORDER_STATUSES), amount: Money, fee: Money, refunded: Money, created_at: at }),
    transitions: z.array(z.object({ from: z.string().nullable(), to: z.string(), actor: z.string(), actor_id: z.uuid().nullable(), reason: z.string().nullable(), at })),
    payment: z.object({
      risk_score: z.number().int().nullable(),
      risk_decision: z.enum(['allow', 'step_up', 'review', 'block']).nullable(),
      attempts: z.array(PaymentAttemptResponse),
    }),
    fraud_cases: z.array(
      z.object({
        id: z.uuid(),
        status: z.enum(['open', 'closed']),
        reason: z.string(),
        risk_score: z.number().int(),
        decision: z.enum(['clear', 'confirm_fraud']).nullable(),
        decided_at: at.nullable(),
        created_at: at,
      }),
    ),
    shipment: z.object({
      carrier: z.string().nullable(),
      tracking_number: z.string().nullable(),
      shipped_at: at.nullable(),
      delivered_at: at.nullable(),
      address: ShippingAddressResponse.nullable().describe('Where the buyer asked the item to go (null for orders paid before addresses were asked)'),
    }),
    messages: z.object({ order: z.array(MessageResponse), dispute: z.array(MessageResponse) }),
    evidence: z.array(EvidenceResponse),
    listing_photos: z.array(ListingImageResponse).describe('The listing’s photos as listed when the order was made (kept even if the seller removed them since)'),
  })
  .meta({
    id: 'EvidencePack',
    description:
      'Everything an arbitrator needs: the order, its transitions, payment attempts and risk, fraud cases, shipment, both conversations, the evidence, the photos bought on',
  });
export const StaffDisputeDetailResponse = StaffDisputeResponse.extend({
  pack: EvidencePackResponse,
}).meta({ id: 'StaffDisputeDetail' });

import { useState } from 'react';
import { useNotification } from '@refinedev/core';
import { Alert, Button, Col, Input, InputNumber, Row, Slider, Space, Typography } from 'antd';
import type { Dispute, DisputeResolution, Money } from '../../types';
import { apiFetch, type ApiError } from '../../providers/http';
import { currencyExponent, formatMinor, minorToMajor } from '../../lib/money';

type Props = { dispute: Dispute; refundable: Money; onResolved: () => void; deniedReason?: string };

/**
 * Refund all, release, or split: the slider and the input both set the buyer's refund (minor units
 * under the hood, major units on screen); the rest is released to the seller.
 */
export function ResolutionForm({ dispute, refundable, onResolved, deniedReason }: Props) {
  const { open: notify } = useNotification();
  const exponent = currencyExponent(refundable.currency);
  const [refund, setRefund] = useState(Math.round(refundable.amount / 2));
  const [note, setNote] = useState('');
  const [pending, setPending] = useState<DisputeResolution | null>(null);
  const [error, setError] = useState<string>();
  const splitValid = refund > 0 && refund < refundable.amount;

  const submit = async (resolution: DisputeResolution) => {
    setPending(resolution);
    setError(undefined);
    try {
      await apiFetch(`/v1/admin/disputes/${encodeURIComponent(dispute.id)}/resolution`, {
        method: 'POST',
        body: {
          resolution,
          ...(resolution === 'split' ? { refund_amount: { amount: refund, currency: refundable.currency } } : {}),
          ...(note.trim() ? { note: note.trim() } : {}),
        },
      });
      notify?.({ type: 'success', key: `dispute-${dispute.id}`, description: 'Dispute resolved', message: `Resolution: ${resolution}` });
      onResolved();
    } catch (e) {
      const err = e as ApiError;
      setError(err.message);
      if (err.statusCode === 409) onResolved();
    } finally {
      setPending(null);
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="resolution-form">
      {deniedReason && <Alert type="info" showIcon message={deniedReason} />}
      {error && <Alert type="error" showIcon message={error} data-testid="resolution-error" />}
      <Typography.Text>
        Split: refund to the buyer <b data-testid="split-refund">{formatMinor(refund, refundable.currency)}</b>, release to the seller{' '}
        <b data-testid="split-release">{formatMinor(refundable.amount - refund, refundable.currency)}</b>
      </Typography.Text>
      <Row gutter={16} align="middle">
        <Col flex="auto">
          <Slider
            min={0}
            max={refundable.amount}
            step={1}
            value={refund}
            onChange={setRefund}
            tooltip={{ formatter: (v) => formatMinor(v ?? 0, refundable.currency) }}
            disabled={!!deniedReason}
            data-testid="split-slider"
          />
        </Col>
        <Col>
          <InputNumber<number>
            min={0}
            max={minorToMajor(refundable.amount, refundable.currency)}
            step={1}
            precision={exponent}
            value={minorToMajor(refund, refundable.currency)}
            onChange={(v) => setRefund(Math.round((v ?? 0) * 10 ** exponent))}
            addonAfter={refundable.currency}
            disabled={!!deniedReason}
            data-testid="split-input"
          />
        </Col>
      </Row>
      <Input.TextArea rows={2} maxLength={2000} placeholder="Note to the record (optional)" value={note} onChange={(e) => setNote(e.target.value)} data-testid="resolution-note" />
      <Space wrap>
        <Button danger loading={pending === 'refund'} disabled={!!deniedReason || !!pending} onClick={() => submit('refund')} data-testid="resolve-refund">
          Refund all
        </Button>
        <Button loading={pending === 'release'} disabled={!!deniedReason || !!pending} onClick={() => submit('release')} data-testid="resolve-release">
          Release to seller
        </Button>
        <Button type="primary" loading={pending === 'split'} disabled={!!deniedReason || !!pending || !splitValid} onClick={() => submit('split')} data-testid="resolve-split">
          Split
        </Button>
      </Space>
    </Space>
  );
}

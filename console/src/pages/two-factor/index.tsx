import { useEffect, useState } from 'react';
import { useInvalidateAuthStore, useLogout } from '@refinedev/core';
import { useNavigate } from 'react-router';
import { Alert, App, Button, Card, Form, Input, Layout, List, Space, Spin, Typography } from 'antd';
import { CopyOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { forgetMe } from '../../providers/auth-provider';
import { isApiError } from '../../providers/http';
import { confirmTotp, startTotpEnrolment, stepUpWithPassword, twoFactorStatus } from '../../providers/two-factor';
import type { TotpEnrolment, TwoFactorStatus } from '../../types';

type Step =
  { kind: 'loading' } | { kind: 'status'; status: TwoFactorStatus } | { kind: 'password' } | { kind: 'scan'; enrolment: TotpEnrolment } | { kind: 'codes'; codes: string[] };

const message = (e: unknown) => (isApiError(e) ? e.message : String(e));

/**
 * Turning on two-step verification: scan the QR code (or type the secret), confirm with a code, then
 * keep the recovery codes, shown this once. Staff land here until they have (two_factor_enrolment_required).
 */
export function TwoFactorPage() {
  const [step, setStep] = useState<Step>({ kind: 'loading' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const navigate = useNavigate();
  const invalidateAuth = useInvalidateAuthStore();
  const { mutate: logout } = useLogout();
  const { message: toast } = App.useApp();

  useEffect(() => {
    twoFactorStatus().then(
      (status) => setStep({ kind: 'status', status }),
      (e) => setError(message(e)),
    );
  }, []);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(message(e));
    } finally {
      setBusy(false);
    }
  };

  // The API wants a recent proof of the password before a new secret: asked for only when it says so.
  const enrol = () =>
    run(async () => {
      try {
        setStep({ kind: 'scan', enrolment: await startTotpEnrolment() });
      } catch (e) {
        if (isApiError(e) && e.code === 'step_up_required') setStep({ kind: 'password' });
        else throw e;
      }
    });

  const done = () => {
    forgetMe();
    invalidateAuth();
    navigate('/');
  };

  return (
    <Layout style={{ minHeight: '100vh', alignItems: 'center', justifyContent: 'center', padding: 24 }}>
      <Card style={{ width: '100%', maxWidth: 480 }} data-testid="two-factor-card">
        <Typography.Title level={3}>
          <SafetyCertificateOutlined aria-hidden style={{ marginRight: 8 }} />
          Two-step verification
        </Typography.Title>
        {error && <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} message={error} data-testid="two-factor-error" />}
        {step.kind === 'loading' && !error && <Spin />}
        {step.kind === 'status' && step.status.totp_enabled && (
          <Space direction="vertical">
            <Typography.Paragraph>Two-step verification is on. {step.status.recovery_codes_left} recovery codes left.</Typography.Paragraph>
            <Button type="primary" onClick={done}>
              Back to the console
            </Button>
          </Space>
        )}
        {step.kind === 'status' && !step.status.totp_enabled && (
          <Space direction="vertical">
            <Typography.Paragraph>
              Staff accounts sign in with a password and a code from an authenticator app (Google Authenticator, 1Password, Authy…). Set it up to use the console.
            </Typography.Paragraph>
            <Space>
              <Button type="primary" loading={busy} onClick={enrol}>
                Set up two-step verification
              </Button>
              <Button onClick={() => logout()}>Sign out</Button>
            </Space>
          </Space>
        )}
        {step.kind === 'password' && (
          <Form<{ password: string }>
            layout="vertical"
            requiredMark={false}
            onFinish={({ password }) =>
              run(async () => {
                await stepUpWithPassword(password);
                await enrol();
              })
            }
          >
            <Typography.Paragraph>Confirm it is you first.</Typography.Paragraph>
            <Form.Item label="Password" name="password" rules={[{ required: true, message: 'Enter your password' }]}>
              <Input.Password autoComplete="current-password" autoFocus />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={busy}>
              Continue
            </Button>
          </Form>
        )}
        {step.kind === 'scan' && (
          <Form<{ code: string }>
            layout="vertical"
            requiredMark={false}
            onFinish={({ code }) => run(async () => setStep({ kind: 'codes', codes: (await confirmTotp(code)).recovery_codes }))}
          >
            <Typography.Paragraph>Scan this QR code with your authenticator app, or type the secret into it.</Typography.Paragraph>
            <img src={step.enrolment.qr_data_url} alt="QR code for your authenticator app" width={200} height={200} data-testid="totp-qr" />
            <Typography.Paragraph>
              Secret:{' '}
              <Typography.Text code copyable data-testid="totp-secret">
                {step.enrolment.secret}
              </Typography.Text>
            </Typography.Paragraph>
            <Form.Item label="Code from the app" name="code" rules={[{ pattern: /^\d{6}$/, required: true, message: 'Enter the 6 digits' }]}>
              <Input autoComplete="one-time-code" inputMode="numeric" autoFocus />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={busy}>
              Turn on
            </Button>
          </Form>
        )}
        {step.kind === 'codes' && (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Alert
              type="warning"
              showIcon
              message="Keep these recovery codes somewhere safe"
              description="Each one signs you in once if you lose your phone. They are shown this once."
            />
            <List size="small" bordered dataSource={step.codes} renderItem={(code) => <List.Item data-testid="recovery-code">{code}</List.Item>} />
            <Space>
              <Button
                icon={<CopyOutlined />}
                onClick={() =>
                  navigator.clipboard.writeText(step.codes.join('\n')).then(
                    () => toast.success('Copied'),
                    () => toast.error('Copy failed: select and copy them by hand'),
                  )
                }
              >
                Copy
              </Button>
              <Button type="primary" onClick={done}>
                I have saved them
              </Button>
            </Space>
          </Space>
        )}
      </Card>
    </Layout>
  );
}

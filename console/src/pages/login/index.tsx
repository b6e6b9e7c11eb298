import { useEffect, useState } from 'react';
import { useLogin, useNotification } from '@refinedev/core';
import { Alert, Button, Card, Form, Input, Layout, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import type { LoginParams } from '../../providers/auth-provider';

type PasswordForm = { email: string; password: string };
type CodeForm = { code: string };

/**
 * Staff sign-in: email + password, then, for accounts with two-step verification, a code from the
 * authenticator app (or a recovery code). The API refuses non-staff accounts (not_staff).
 */
export function LoginPage() {
  const { mutate: login, isPending, data } = useLogin<LoginParams>();
  const { close } = useNotification();
  const [challenge, setChallenge] = useState<string | null>(null);
  const [recovery, setRecovery] = useState(false);
  const [codeForm] = Form.useForm<CodeForm>();

  // The API answered a challenge (or killed one): switch steps; the toast saying so is redundant with the form.
  useEffect(() => {
    if (typeof data?.challenge === 'string') {
      setChallenge(data.challenge);
      close?.('login-error');
    }
    if (data?.restart) setChallenge(null);
  }, [data, close]);

  const error = data && !data.success && typeof data.challenge !== 'string' ? data.error : undefined;

  const submitCode = ({ code }: CodeForm) => {
    if (!challenge) return;
    login(recovery ? { challenge, recovery_code: code } : { challenge, code });
    codeForm.resetFields();
  };

  return (
    <Layout style={{ minHeight: '100vh', alignItems: 'center', justifyContent: 'center', padding: 24 }}>
      <Card style={{ width: '100%', maxWidth: 400 }} data-testid="login-card">
        <Typography.Title level={3} style={{ textAlign: 'center', marginBottom: 4 }}>
          <SafetyCertificateOutlined aria-hidden style={{ marginRight: 8 }} />
          Agora Console
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          Trust &amp; safety staff only
        </Typography.Paragraph>
        {error && <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} message={error.name} description={error.message} data-testid="login-error" />}
        {challenge ? (
          <Form<CodeForm> form={codeForm} name="second-step" layout="vertical" requiredMark={false} onFinish={submitCode}>
            <Typography.Paragraph>{recovery ? 'Enter one of your recovery codes.' : 'Enter the 6-digit code from your authenticator app.'}</Typography.Paragraph>
            <Form.Item
              label={recovery ? 'Recovery code' : 'Code'}
              name="code"
              rules={[recovery ? { required: true, message: 'Enter a recovery code' } : { pattern: /^\d{6}$/, required: true, message: 'Enter the 6 digits' }]}
            >
              <Input autoComplete="one-time-code" inputMode={recovery ? 'text' : 'numeric'} autoFocus size="large" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block size="large" loading={isPending}>
              Verify
            </Button>
            <Button type="link" block onClick={() => setRecovery(!recovery)}>
              {recovery ? 'Use the authenticator app' : 'Use a recovery code'}
            </Button>
          </Form>
        ) : (
          <Form<PasswordForm> name="login" layout="vertical" requiredMark={false} onFinish={(values) => login(values)}>
            <Form.Item
              label="Email"
              name="email"
              rules={[
                { required: true, message: 'Enter your email' },
                { type: 'email', message: 'Not a valid email' },
              ]}
            >
              <Input type="email" autoComplete="username" autoFocus size="large" />
            </Form.Item>
            <Form.Item label="Password" name="password" rules={[{ required: true, message: 'Enter your password' }]}>
              <Input.Password autoComplete="current-password" size="large" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block size="large" loading={isPending}>
              Sign in
            </Button>
          </Form>
        )}
      </Card>
    </Layout>
  );
}

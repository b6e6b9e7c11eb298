import { useLogin } from '@refinedev/core';
import { Alert, Button, Card, Form, Input, Layout, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';

type LoginForm = { email: string; password: string };

/** Email + password sign-in for staff. The API refuses non-staff accounts (not_staff). */
export function LoginPage() {
  const { mutate: login, isPending, data } = useLogin<LoginForm>();
  const error = data && !data.success ? data.error : undefined;

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
        <Form<LoginForm> name="login" layout="vertical" requiredMark={false} onFinish={(values) => login(values)}>
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
      </Card>
    </Layout>
  );
}

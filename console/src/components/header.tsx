import { useGetIdentity, useLogout } from '@refinedev/core';
import { useNavigate } from 'react-router';
import { Button, Dropdown, Layout, theme } from 'antd';
import { LogoutOutlined, SafetyCertificateOutlined, UserOutlined } from '@ant-design/icons';
import { type Identity, TWO_FACTOR_PATH } from '../providers/auth-provider';

/** The top bar: the signed-in staff member's menu (two-step verification, sign out). */
export function Header() {
  const { data: identity } = useGetIdentity<Identity>();
  const { mutate: logout } = useLogout();
  const navigate = useNavigate();
  const { token } = theme.useToken();
  return (
    <Layout.Header style={{ display: 'flex', justifyContent: 'flex-end', alignItems: 'center', background: token.colorBgElevated, padding: '0 24px', height: 64 }}>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'two-factor', icon: <SafetyCertificateOutlined />, label: 'Two-step verification', onClick: () => navigate(TWO_FACTOR_PATH) },
            { key: 'logout', icon: <LogoutOutlined />, label: 'Sign out', onClick: () => logout() },
          ],
        }}
      >
        <Button type="text" icon={<UserOutlined />} data-testid="user-menu">
          {identity?.name ?? ''}
        </Button>
      </Dropdown>
    </Layout.Header>
  );
}

import { lazy, Suspense } from 'react';
import { BrowserRouter, Navigate, Outlet, Route, Routes, useSearchParams } from 'react-router';
import { Authenticated, Refine, useIsAuthenticated, usePermissions } from '@refinedev/core';
import { ErrorComponent, ThemedLayout, ThemedSider, ThemedTitle, useNotificationProvider } from '@refinedev/antd';
import routerProvider, { CatchAllNavigate, DocumentTitleHandler } from '@refinedev/react-router';
import { App as AntdApp, ConfigProvider, Spin } from 'antd';
import {
  AlertOutlined,
  AuditOutlined,
  BarChartOutlined,
  CodeOutlined,
  ExperimentOutlined,
  MessageOutlined,
  FileSearchOutlined,
  FlagOutlined,
  IdcardOutlined,
  LineChartOutlined,
  SafetyCertificateOutlined,
  ShopOutlined,
  ShoppingOutlined,
  StarOutlined,
  UserOutlined,
} from '@ant-design/icons';
import '@refinedev/antd/dist/reset.css';

import { TWO_FACTOR_PATH, authProvider } from './providers/auth-provider';
import { dataProvider } from './providers/data-provider';
import { liveProvider } from './providers/live-provider';
import { accessControlProvider } from './providers/access-control';
import { queryClient } from './providers/query-client';
import { landingPath } from './lib/permissions';
import type { Permission } from './types';
import { LoginPage } from './pages/login';
import { TwoFactorPage } from './pages/two-factor';
import { Header } from './components/header';
import { DisputeList } from './pages/disputes/list';
import { DisputeShow } from './pages/disputes/show';
import { FraudCaseList } from './pages/fraud-cases/list';
import { FraudCaseShow } from './pages/fraud-cases/show';
import { OrderList } from './pages/orders/list';
import { ReviewList } from './pages/reviews/list';
import { UserList } from './pages/users/list';
import { UserShow } from './pages/users/show';
import { AuditList } from './pages/audit/list';
import { ListingModerationList } from './pages/listings/list';
import { ListingShow } from './pages/listings/show';
import { ReportList } from './pages/reports/list';
import { FlaggedConversationList } from './pages/conversations/list';
import { ConversationShow } from './pages/conversations/show';
import { IdentityReviewList } from './pages/identity/list';
import { ModelList } from './pages/models/list';

// recharts is only needed on the dashboard: keep it out of the main chunk.
const SalesDashboard = lazy(() => import('./pages/sales/list'));
const DashboardsPage = lazy(() => import('./pages/dashboards/list'));
const AnalyticsSqlPage = lazy(() => import('./pages/analytics-sql/list'));

/** Staff who ask their system for less motion get no animations (modals open at once, tables do not slide). */
const REDUCED_MOTION = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/** The console is served by the API under /console/ (vite `base`). */
const BASENAME = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';

/**
 * Signed in while on /login: go where CatchAllNavigate sent us from (`?to=/orders`), else the queue.
 * Only same-app paths are honoured (no "//host" or absolute URLs).
 */
function NavigateToRequested() {
  const [params] = useSearchParams();
  const to = params.get('to');
  const safe = to && to.startsWith('/') && !to.startsWith('//') && !to.startsWith('/login') ? to : '/';
  return <Navigate to={safe} replace />;
}

/** "/" → the fraud queue, or the first page the signed-in role may see (arbitrators: orders). */
function Landing() {
  const { data, isLoading } = usePermissions<Permission[]>({});
  if (isLoading) return <Spin style={{ display: 'block', margin: 48 }} />;
  return <Navigate to={landingPath(data)} replace />;
}

/** Not let in: to the sign-in page, or to enrolment when the API says a staff member must turn on two-step verification first. */
function SignInOrEnrol() {
  const { data } = useIsAuthenticated();
  return data?.redirectTo === TWO_FACTOR_PATH ? <Navigate to={TWO_FACTOR_PATH} replace /> : <CatchAllNavigate to="/login" />;
}

const Title = (props: { collapsed: boolean }) => <ThemedTitle {...props} text="Agora Console" icon={<SafetyCertificateOutlined />} />;

export function App() {
  return (
    <BrowserRouter basename={BASENAME}>
      <ConfigProvider theme={{ token: { colorPrimary: '#1d4ed8', motion: !REDUCED_MOTION } }}>
        <AntdApp>
          <Refine
            routerProvider={routerProvider}
            dataProvider={dataProvider}
            liveProvider={liveProvider}
            authProvider={authProvider}
            accessControlProvider={accessControlProvider}
            notificationProvider={useNotificationProvider}
            resources={[
              {
                name: 'fraud-cases',
                list: '/fraud-cases',
                show: '/fraud-cases/:id',
                meta: { label: 'Fraud cases', icon: <AlertOutlined /> },
              },
              {
                name: 'disputes',
                list: '/disputes',
                show: '/disputes/:id',
                meta: { label: 'Disputes', icon: <AuditOutlined /> },
              },
              {
                name: 'orders',
                list: '/orders',
                meta: { label: 'Orders', icon: <ShoppingOutlined /> },
              },
              {
                name: 'reviews',
                list: '/reviews',
                meta: { label: 'Reviews', icon: <StarOutlined /> },
              },
              {
                name: 'listings',
                list: '/listings',
                show: '/listings/:id',
                meta: { label: 'Listing review', icon: <ShopOutlined /> },
              },
              {
                name: 'reports',
                list: '/reports',
                meta: { label: 'Reports', icon: <FlagOutlined /> },
              },
              {
                name: 'conversations',
                list: '/conversations',
                show: '/conversations/:id',
                meta: { label: 'Conversations', icon: <MessageOutlined /> },
              },
              {
                name: 'identity-documents',
                list: '/identity',
                meta: { label: 'Identity review', icon: <IdcardOutlined /> },
              },
              {
                name: 'sales',
                list: '/sales',
                meta: { label: 'Sales', icon: <LineChartOutlined /> },
              },
              {
                name: 'users',
                list: '/users',
                show: '/users/:id',
                meta: { label: 'Users', icon: <UserOutlined /> },
              },
              {
                name: 'audit',
                list: '/audit',
                meta: { label: 'Audit log', icon: <FileSearchOutlined /> },
              },
              {
                name: 'dashboards',
                list: '/dashboards',
                meta: { label: 'Dashboards', icon: <BarChartOutlined /> },
              },
              {
                name: 'analytics-sql',
                list: '/sql',
                meta: { label: 'SQL', icon: <CodeOutlined /> },
              },
              {
                name: 'models',
                list: '/models',
                meta: { label: 'Fraud models', icon: <ExperimentOutlined /> },
              },
            ]}
            options={{
              syncWithLocation: false,
              warnWhenUnsavedChanges: false,
              disableTelemetry: true,
              // Opted into per page: the queues and case pages (useCursorList `live`, useLiveRecord).
              liveMode: 'off',
              title: { text: 'Agora Console', icon: <SafetyCertificateOutlined /> },
              reactQuery: { clientConfig: queryClient },
            }}
          >
            <Routes>
              <Route
                element={
                  <Authenticated key="console" fallback={<SignInOrEnrol />}>
                    <ThemedLayout Title={Title} Header={Header} Sider={(p) => <ThemedSider {...p} Title={Title} fixed />}>
                      <Suspense fallback={<Spin style={{ display: 'block', margin: 48 }} />}>
                        <Outlet />
                      </Suspense>
                    </ThemedLayout>
                  </Authenticated>
                }
              >
                {/* Landing page: the fraud review queue (or the first page the role may see). */}
                <Route index element={<Landing />} />
                <Route path="/fraud-cases" element={<FraudCaseList />} />
                <Route path="/disputes" element={<DisputeList />} />
                <Route path="/disputes/:id" element={<DisputeShow />} />
                <Route path="/fraud-cases/:id" element={<FraudCaseShow />} />
                <Route path="/orders" element={<OrderList />} />
                <Route path="/reviews" element={<ReviewList />} />
                <Route path="/listings" element={<ListingModerationList />} />
                <Route path="/listings/:id" element={<ListingShow />} />
                <Route path="/reports" element={<ReportList />} />
                <Route path="/conversations" element={<FlaggedConversationList />} />
                <Route path="/conversations/:id" element={<ConversationShow />} />
                <Route path="/identity" element={<IdentityReviewList />} />
                <Route path="/sales" element={<SalesDashboard />} />
                <Route path="/users" element={<UserList />} />
                <Route path="/users/:id" element={<UserShow />} />
                <Route path="/audit" element={<AuditList />} />
                <Route path="/dashboards" element={<DashboardsPage />} />
                <Route path="/sql" element={<AnalyticsSqlPage />} />
                <Route path="/models" element={<ModelList />} />
                <Route path="*" element={<ErrorComponent />} />
              </Route>
              <Route
                element={
                  // The login page stays mounted while a check runs (one follows every sign-in attempt over
                  // the network): unmounted, it would lose the refusal it is showing.
                  <Authenticated key="auth-pages" fallback={<Outlet />} loading={<Outlet />}>
                    <NavigateToRequested />
                  </Authenticated>
                }
              >
                <Route path="/login" element={<LoginPage />} />
              </Route>
              {/* Outside both guards: a signed-in staff member without a second factor is sent here by the API's refusals. */}
              <Route path={TWO_FACTOR_PATH} element={<TwoFactorPage />} />
            </Routes>
            <DocumentTitleHandler handler={({ resource }) => (resource?.meta?.label ? `${resource.meta.label} · Agora Console` : 'Agora Console')} />
          </Refine>
        </AntdApp>
      </ConfigProvider>
    </BrowserRouter>
  );
}

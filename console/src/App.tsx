import { lazy, Suspense } from "react";
import { BrowserRouter, Outlet, Route, Routes } from "react-router";
import { Authenticated, Refine, type HttpError } from "@refinedev/core";
import { ErrorComponent, ThemedLayout, ThemedSider, ThemedTitle, useNotificationProvider } from "@refinedev/antd";
import routerProvider, { CatchAllNavigate, DocumentTitleHandler, NavigateToResource } from "@refinedev/react-router";
import { App as AntdApp, ConfigProvider, Spin } from "antd";
import { AlertOutlined, LineChartOutlined, SafetyCertificateOutlined, ShoppingOutlined } from "@ant-design/icons";
import "@refinedev/antd/dist/reset.css";

import { authProvider } from "./providers/auth-provider";
import { dataProvider } from "./providers/data-provider";
import { LoginPage } from "./pages/login";
import { FraudCaseList } from "./pages/fraud-cases/list";
import { OrderList } from "./pages/orders/list";

// recharts is only needed on the dashboard: keep it out of the main chunk.
const SalesDashboard = lazy(() => import("./pages/sales/list"));

/** The console is served by the API under /console/ (vite `base`). */
const BASENAME = import.meta.env.BASE_URL.replace(/\/$/, "") || "/";

function shouldRetry(failureCount: number, error: unknown): boolean {
  const status = (error as Partial<HttpError> | null)?.statusCode;
  // 4xx (401/403/404/409/422) will not change by retrying; network errors (0) and 5xx may.
  if (typeof status === "number" && status >= 400 && status < 500) return false;
  return failureCount < 2;
}

const Title = (props: { collapsed: boolean }) => (
  <ThemedTitle {...props} text="Agora Console" icon={<SafetyCertificateOutlined />} />
);

export function App() {
  return (
    <BrowserRouter basename={BASENAME}>
      <ConfigProvider theme={{ token: { colorPrimary: "#1d4ed8" } }}>
        <AntdApp>
          <Refine
            routerProvider={routerProvider}
            dataProvider={dataProvider}
            authProvider={authProvider}
            notificationProvider={useNotificationProvider}
            resources={[
              {
                name: "fraud-cases",
                list: "/fraud-cases",
                meta: { label: "Fraud cases", icon: <AlertOutlined /> },
              },
              {
                name: "orders",
                list: "/orders",
                meta: { label: "Orders", icon: <ShoppingOutlined /> },
              },
              {
                name: "sales",
                list: "/sales",
                meta: { label: "Sales", icon: <LineChartOutlined /> },
              },
            ]}
            options={{
              syncWithLocation: false,
              warnWhenUnsavedChanges: false,
              disableTelemetry: true,
              title: { text: "Agora Console", icon: <SafetyCertificateOutlined /> },
              reactQuery: {
                clientConfig: {
                  defaultOptions: {
                    queries: { retry: shouldRetry, staleTime: 10_000 },
                    mutations: { retry: false },
                  },
                },
              },
            }}
          >
            <Routes>
              <Route
                element={
                  <Authenticated key="console" fallback={<CatchAllNavigate to="/login" />}>
                    <ThemedLayout Title={Title} Sider={(p) => <ThemedSider {...p} Title={Title} fixed />}>
                      <Suspense fallback={<Spin style={{ display: "block", margin: 48 }} />}>
                        <Outlet />
                      </Suspense>
                    </ThemedLayout>
                  </Authenticated>
                }
              >
                {/* Landing page: the fraud review queue. */}
                <Route index element={<NavigateToResource resource="fraud-cases" />} />
                <Route path="/fraud-cases" element={<FraudCaseList />} />
                <Route path="/orders" element={<OrderList />} />
                <Route path="/sales" element={<SalesDashboard />} />
                <Route path="*" element={<ErrorComponent />} />
              </Route>
              <Route
                element={
                  <Authenticated key="auth-pages" fallback={<Outlet />}>
                    <NavigateToResource resource="fraud-cases" />
                  </Authenticated>
                }
              >
                <Route path="/login" element={<LoginPage />} />
              </Route>
            </Routes>
            <DocumentTitleHandler handler={({ resource }) => (resource?.meta?.label ? `${resource.meta.label} · Agora Console` : "Agora Console")} />
          </Refine>
        </AntdApp>
      </ConfigProvider>
    </BrowserRouter>
  );
}

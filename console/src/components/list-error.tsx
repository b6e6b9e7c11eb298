import { Alert } from 'antd';

/** The error banner every list page shows when its query fails. */
export function ListError({ what, error }: { what: string; error: { message?: string } | null | undefined }) {
  return <Alert type="error" showIcon style={{ marginBottom: 16 }} message={`Could not load ${what}`} description={error?.message} data-testid="list-error" />;
}

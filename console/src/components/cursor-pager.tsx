import { Button, Space, Typography } from 'antd';
import type { CursorPager as Pager } from '../hooks/use-cursor-list';

type Props = { pager: Pager; rowCount: number; testIdPrefix?: string };

/** Previous / Next over a cursor stack; there is no total, so no page numbers beyond "Page N". */
export function CursorPager({ pager, rowCount, testIdPrefix = 'pager' }: Props) {
  return (
    <Space style={{ marginTop: 16, justifyContent: 'flex-end', width: '100%' }} data-testid={testIdPrefix} data-page={pager.page} data-loading={pager.stale ? 'true' : 'false'}>
      <Typography.Text type="secondary" data-testid={`${testIdPrefix}-status`} aria-live="polite">
        Page {pager.page} · {pager.stale ? 'loading…' : `${rowCount} ${rowCount === 1 ? 'row' : 'rows'}`}
      </Typography.Text>
      {pager.page > 2 && (
        <Button onClick={pager.first} disabled={pager.loading} data-testid={`${testIdPrefix}-first`}>
          First page
        </Button>
      )}
      <Button onClick={pager.previous} disabled={!pager.hasPrevious || pager.loading} aria-label="Previous page" data-testid={`${testIdPrefix}-prev`}>
        Previous
      </Button>
      <Button onClick={pager.next} disabled={!pager.hasNext || pager.loading} aria-label="Next page" data-testid={`${testIdPrefix}-next`}>
        Next
      </Button>
    </Space>
  );
}

import { Line, LineChart, ReferenceLine, Tooltip, YAxis } from 'recharts';
import { formatDateTime } from '../../lib/time';

export interface PsiPoint {
  at: string;
  over_time: number | null;
  vs_live: number | null;
}

/** A version's PSI over its snapshots (over time solid, against live dashed), with the 0.25 "major shift" line. Loaded lazily: recharts stays out of the main chunk. */
export default function PsiSparkline({ points }: { points: PsiPoint[] }) {
  return (
    <div data-testid="psi-sparkline">
      <LineChart width={160} height={40} data={points}>
        <YAxis hide domain={[0, (max: number) => Math.max(0.3, max)]} />
        <ReferenceLine y={0.25} stroke="#f5222d" strokeDasharray="2 2" />
        <Tooltip labelFormatter={(_, p) => (p[0] ? formatDateTime((p[0].payload as PsiPoint).at) : '')} formatter={(v) => (typeof v === 'number' ? v.toFixed(3) : String(v))} />
        <Line type="monotone" dataKey="over_time" name="PSI over time" stroke="#1d4ed8" dot={false} isAnimationActive={false} connectNulls />
        <Line type="monotone" dataKey="vs_live" name="PSI vs live" stroke="#7c3aed" strokeDasharray="4 2" dot={false} isAnimationActive={false} connectNulls />
      </LineChart>
    </div>
  );
}

// tsx bench/profile-summary.ts <file.cpuprofile> [--top 25] [--inclusive fnA,fnB]
//
// Summarises a V8 CPU profile (from `npm run bench:orders -- --cpu-prof`): self time by package
// or source area, and the hottest functions. Enough to see where a request's CPU goes without
// opening DevTools.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type Cell, renderText } from './lib/table';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** node_modules/<pkg> (scoped too), a repo area such as api/src/http, or a V8 pseudo-frame. */
export function areaOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const clean = url.replace(/^file:\/\//, '');
  const nm = clean.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = clean.slice(nm + 'node_modules/'.length).split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  if (clean.startsWith('node:')) return clean;
  const m = /\/(api|analytics|fraud-models|bench)\/src\/(?:modules\/(?:marketplace|money|trust-safety|risk|platform)\/)?([^/]+)/.exec(clean);
  if (m) return `${m[1]}/${m[2]!.replace(/\.ts$/, '')}`;
  return path.basename(clean);
}

export function summariseProfile(profile: Profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i]!;
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  const totalUs = profile.endTime - profile.startTime;
  const byArea = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const [id, us] of self) {
    const node = byId.get(id)!;
    const { functionName, url, lineNumber } = node.callFrame;
    const area = areaOf(url, functionName);
    byArea.set(area, (byArea.get(area) ?? 0) + us);
    const fn = `${functionName || '(anonymous)'} ${url ? `${areaOf(url, functionName)}:${lineNumber + 1}` : ''}`.trim();
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
  }
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
  return { totalUs, byArea: sorted(byArea), byFunction: sorted(byFunction) };
}

/**
 * Inclusive time of functions by name: every sample with the function anywhere on its stack,
 * counted once per sample even under recursion.
 */
export function inclusiveTime(profile: Profile, names: readonly string[]): Map<string, number> {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const wanted = new Set(names);
  const out = new Map<string, number>(names.map((n) => [n, 0]));
  for (let i = 0; i < profile.samples.length; i++) {
    const seen = new Set<string>();
    for (let id: number | undefined = profile.samples[i]; id !== undefined; id = parent.get(id)) {
      const fn = byId.get(id)!.callFrame.functionName;
      if (wanted.has(fn)) seen.add(fn);
    }
    for (const fn of seen) out.set(fn, out.get(fn)! + (profile.timeDeltas[i] ?? 0));
  }
  return out;
}

function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { top: { type: 'string', default: '25' }, inclusive: { type: 'string' } },
  });
  const file = positionals[0];
  if (!file) {
    process.stderr.write('usage: tsx bench/profile-summary.ts <file.cpuprofile> [--top N]\n');
    process.exit(2);
  }
  const top = Number(values.top);
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const { totalUs, byArea, byFunction } = summariseProfile(profile);
  const busyUs = byArea.filter(([a]) => a !== '(idle)').reduce((n, [, us]) => n + us, 0);
  const rows = (list: [string, number][]): Cell[][] => list.slice(0, top).map(([k, us]) => [k, (us / 1000).toFixed(0), `${((us / busyUs) * 100).toFixed(1)}%`]);
  process.stdout.write(`${file}\nwall ${(totalUs / 1e6).toFixed(1)} s, busy (not idle) ${(busyUs / 1e6).toFixed(1)} s on the main thread\n\n`);
  process.stdout.write(`${renderText({ headers: ['area', 'self ms', 'of busy'], rows: rows(byArea.filter(([a]) => a !== '(idle)')) })}\n\n`);
  process.stdout.write(`${renderText({ headers: ['function', 'self ms', 'of busy'], rows: rows(byFunction.filter(([f]) => !f.startsWith('(idle)'))) })}\n`);
  if (values.inclusive) {
    const inclusive = inclusiveTime(
      profile,
      values.inclusive
        .split(',')
        .map((n) => n.trim())
        .filter(Boolean),
    );
    process.stdout.write(`\n${renderText({ headers: ['function (inclusive)', 'ms', 'of busy'], rows: rows([...inclusive].sort((a, b) => b[1] - a[1])) })}\n`);
  }
}

if (require.main === module) main();

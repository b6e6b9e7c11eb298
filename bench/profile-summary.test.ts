import { areaOf, inclusiveTime, summariseProfile } from './profile-summary';

describe('areaOf', () => {
  test('packages (scoped too), repo areas, node internals and V8 pseudo-frames', () => {
    expect(areaOf('file:///w/node_modules/kysely/dist/cjs/x.js', 'f')).toBe('kysely');
    expect(areaOf('file:///w/node_modules/@clickhouse/client/dist/x.js', 'f')).toBe('@clickhouse/client');
    expect(areaOf('file:///w/api/src/modules/marketplace/orders/orders.service.ts', 'f')).toBe('api/orders');
    expect(areaOf('file:///w/api/src/http/mount.ts', 'f')).toBe('api/http');
    expect(areaOf('node:internal/streams/writable', 'f')).toBe('node:internal/streams/writable');
    expect(areaOf('', '(garbage collector)')).toBe('(garbage collector)');
    expect(areaOf('', 'writev')).toBe('(native)');
  });
});

describe('summariseProfile', () => {
  test('self time per sampled node, grouped by area and by function', () => {
    const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 0 });
    const summary = summariseProfile({
      nodes: [
        { id: 1, callFrame: frame('(root)', ''), children: [2, 3] },
        { id: 2, callFrame: frame('compile', 'file:///w/node_modules/kysely/a.js') },
        { id: 3, callFrame: frame('(idle)', '') },
      ],
      startTime: 0,
      endTime: 400,
      samples: [2, 2, 3, 2],
      timeDeltas: [100, 100, 100, 100],
    });
    expect(summary.totalUs).toBe(400);
    expect(summary.byArea).toEqual([
      ['kysely', 300],
      ['(idle)', 100],
    ]);
    expect(summary.byFunction[0]).toEqual(['compile kysely:1', 300]);
  });
});

describe('inclusiveTime', () => {
  test('a function is charged every sample it is on the stack of, once per sample', () => {
    const frame = (functionName: string) => ({ functionName, url: 'file:///w/a.js', lineNumber: 0 });
    const profile = {
      nodes: [
        { id: 1, callFrame: frame('(root)'), children: [2] },
        { id: 2, callFrame: frame('handler'), children: [3] },
        { id: 3, callFrame: frame('query'), children: [4] },
        { id: 4, callFrame: frame('handler') },
      ],
      startTime: 0,
      endTime: 300,
      samples: [2, 3, 4],
      timeDeltas: [100, 100, 100],
    };
    expect(Object.fromEntries(inclusiveTime(profile, ['handler', 'query']))).toEqual({ handler: 300, query: 200 });
  });
});

// Where simulated hours meet wall-clock time. Everything downstream of the simulation — the
// feature replay and the Postgres load that serving's query reads — works in these whole
// milliseconds, so both see exactly the same instants, windows and ties.

import type { Simulation } from './marketplace';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
/** Simulation hour 0: a Monday, 00:00 UTC, so the simulated hour of day is the UTC hour. */
export const SIMULATION_EPOCH_MS = Date.UTC(2026, 0, 5);
/** When an order counts as a completed sale for its seller (delivered and confirmed). */
export const COMPLETION_DELAY_MS = 72 * HOUR_MS;

export const toMs = (hours: number): number => Math.round(hours * HOUR_MS);
export const toDate = (ms: number): Date => new Date(SIMULATION_EPOCH_MS + ms);

export interface Fingerprint {
  user: number;
  id: number;
  firstSeenMs: number;
}

function firstSightings(entries: Iterable<[number, number, number]>): Fingerprint[] {
  const first = new Map<string, Fingerprint>();
  for (const [user, id, ms] of entries) {
    const key = `${user}:${id}`;
    const seen = first.get(key);
    if (!seen || ms < seen.firstSeenMs) first.set(key, { user, id, firstSeenMs: ms });
  }
  return [...first.values()];
}

/**
 * The user_fingerprints rows the platform would hold: one per (user, device) and (user, card),
 * first seen at the earliest login from it, or the first order paid with it (recorded once the
 * charge succeeds, i.e. never before that order's own risk check).
 */
export function fingerprints(simulation: Simulation): { devices: Fingerprint[]; cards: Fingerprint[] } {
  const { users, buyers, orders } = simulation;
  return {
    devices: firstSightings(users.flatMap((u, user) => u.devices.map((d): [number, number, number] => [user, d.id, toMs(d.t)]))),
    cards: firstSightings(orders.map((o): [number, number, number] => [buyers[o.buyer]!.user, o.card, toMs(o.t)])),
  };
}

import { DomainError } from '../../../errors';

export interface LocationInput {
  place: string;
  lat?: number;
  lng?: number;
}

/** The stored columns: a place name and, when given, the blurred point. */
export interface StoredLocation {
  place: string | null;
  lat: number | null;
  lng: number | null;
}

// A 0.01° grid: about 1.1 km north–south and at most that east–west. A listing is public, so the point
// shown (and stored) must never be the seller's doorstep; a cell is enough to judge a trip to collect.
const GRID = 100;
const snap = (degrees: number) => Math.round(degrees * GRID) / GRID;

/** The columns for a listing's location (null clears it); a point needs both coordinates. */
export function storedLocation(input: LocationInput | null): StoredLocation {
  if (!input) return { place: null, lat: null, lng: null };
  const missing = input.lat === undefined && input.lng !== undefined ? 'lat' : input.lng === undefined && input.lat !== undefined ? 'lng' : undefined;
  if (missing) {
    const detail = 'lat and lng go together: give both or neither';
    throw new DomainError('invalid', 'location_incomplete', detail, [{ field: `location.${missing}`, message: detail }]);
  }
  return { place: input.place, lat: input.lat === undefined ? null : snap(input.lat), lng: input.lng === undefined ? null : snap(input.lng) };
}

import { DomainError } from '../../../errors';
import { storedLocation } from './listing-location';

describe('storedLocation', () => {
  it('snaps the point to a 0.01° grid (about 1 km)', () => {
    expect(storedLocation({ place: 'Lyon', lat: 45.764043, lng: 4.835659 })).toEqual({ place: 'Lyon', lat: 45.76, lng: 4.84 });
    expect(storedLocation({ place: 'Quito', lat: -0.180653, lng: -78.467834 })).toEqual({ place: 'Quito', lat: -0.18, lng: -78.47 });
  });

  it('keeps a place without a point, and clears everything for null', () => {
    expect(storedLocation({ place: 'Berlin' })).toEqual({ place: 'Berlin', lat: null, lng: null });
    expect(storedLocation(null)).toEqual({ place: null, lat: null, lng: null });
  });

  it('refuses half a point, naming the missing coordinate', () => {
    for (const [input, field] of [
      [{ place: 'Rome', lat: 41.9 }, 'location.lng'],
      [{ place: 'Rome', lng: 12.5 }, 'location.lat'],
    ] as const) {
      let error: unknown;
      try {
        storedLocation(input);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).fields).toEqual([{ field, message: expect.any(String) }]);
    }
  });
});

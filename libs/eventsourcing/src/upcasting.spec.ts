import { describe, expect, it } from '@jest/globals';
import { ValidationError } from './errors.js';
import { UpcasterChain, eventTypeVersion, versionedType, type Upcaster } from './upcasting.js';

const v1ToV2: Upcaster = { fromType: 'Rated', toType: 'Rated.v2', upcast: (data) => ({ ...(data as object), scale: 5 }) };
const v2ToV3: Upcaster = { fromType: 'Rated.v2', toType: 'Rated.v3', upcast: (data, metadata) => ({ ...(data as object), ratedBy: metadata.actorId ?? null }) };

describe('event type versions', () => {
  it('reads the version from a .vN suffix, 1 without one', () => {
    expect(eventTypeVersion('PlanApproved')).toEqual({ name: 'PlanApproved', version: 1 });
    expect(eventTypeVersion('PlanApproved.v12')).toEqual({ name: 'PlanApproved', version: 12 });
    expect([versionedType('PlanApproved', 1), versionedType('PlanApproved', 2)]).toEqual(['PlanApproved', 'PlanApproved.v2']);
  });
});

describe('UpcasterChain', () => {
  const chain = new UpcasterChain([v2ToV3, v1ToV2]);

  it('brings a stored event to the newest version one step at a time, keeping the rest of it', () => {
    const stored = { id: 'e1', type: 'Rated', data: { stars: 4 }, metadata: { actorId: 'ann' }, revision: 3 };
    expect(chain.upcast(stored)).toEqual({ ...stored, type: 'Rated.v3', data: { stars: 4, scale: 5, ratedBy: 'ann' } });
    expect(chain.upcast({ type: 'Rated.v2', data: { stars: 2, scale: 10 } })).toEqual({ type: 'Rated.v3', data: { stars: 2, scale: 10, ratedBy: null } });
  });

  it('returns events of the newest version and other types as they are', () => {
    const event = { type: 'Noted', data: {} };
    expect(chain.upcast(event)).toBe(event);
    expect(chain.handles('Rated.v3')).toBe(false);
  });

  it('refuses an upcaster that skips a version, changes the name, or reads a type another one reads', () => {
    expect(() => new UpcasterChain([{ ...v1ToV2, toType: 'Rated.v3' }])).toThrow(ValidationError);
    expect(() => new UpcasterChain([{ ...v1ToV2, toType: 'Scored.v2' }])).toThrow(ValidationError);
    expect(() => new UpcasterChain([v1ToV2, v1ToV2])).toThrow(ValidationError);
  });
});

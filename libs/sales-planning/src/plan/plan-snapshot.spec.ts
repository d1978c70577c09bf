import { describe, expect, it } from '@jest/globals';
import { fold } from '#app/eventsourcing';
import { actual, executing, personalSummary, recordedPlanEvents, teamSummary } from '../testing/index.js';
import { planDecider } from './plan.decide.js';

describe('plan state as a snapshot', () => {
  it('survives the JSON round trip of a snapshot unchanged, at every step of a plan', () => {
    const events = [...executing, actual('ann', 'revenue', 120_00), actual('bob', 'revenue', 80_00), actual('ann', 'new_customers', 1), personalSummary('ann'), personalSummary('bob'), teamSummary];
    for (let n = 0; n <= events.length; n++) {
      const state = fold(planDecider, recordedPlanEvents(events.slice(0, n)));
      expect(JSON.parse(JSON.stringify(state))).toEqual(state);
    }
  });

  it('declares the version its snapshots are tagged with', () => {
    expect(planDecider.version).toMatch(/^plan-state@\d+$/);
  });
});

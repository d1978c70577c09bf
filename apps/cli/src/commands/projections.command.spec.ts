import { describe, expect, it } from '@jest/globals';
import { remoteRebuildProgress } from './projections.command.js';

describe('salesflow rebuild through the API: progress in events', () => {
  it('turns the events the API says are left into events applied, the total and the rate', () => {
    const progress = remoteRebuildProgress();
    expect(progress(1000, 0)).toEqual([0, 1000, 0]);
    expect(progress(600, 2)).toEqual([400, 1000, 200]);
    expect(progress(650, 3)).toEqual([400, 1050, 400 / 3]);
    expect(progress(0, 4)).toEqual([1000, 1000, 250]);
  });
});

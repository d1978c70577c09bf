import { describe, expect, it } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from './config.js';
import { claimProcessSlot } from './process-slot.js';

const supported = process.platform === 'linux' || process.platform === 'win32';
const config = (dataDir: string) => loadConfig({ DATA_DIR: dataDir });

(supported ? describe : describe.skip)(`claimProcessSlot${supported ? '' : ' (skipped: slots need Linux or Windows)'}`, () => {
  it('gives each live process of a role on the same stores its own slot, and a freed slot the same holder again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'salesflow-slot-'));
    const first = await claimProcessSlot(config(dir), 'api');
    const second = await claimProcessSlot(config(dir), 'api');
    expect([first.slot, second.slot]).toEqual([1, 2]);
    expect(first.holder).not.toBe(second.holder);
    expect(first.holder).toMatch(/:api-1:[0-9a-f]{12}$/);

    await first.release();
    const again = await claimProcessSlot(config(dir), 'api');
    expect(again.slot).toBe(1);
    expect(again.holder).toBe(first.holder);
    await Promise.all([second.release(), again.release()]);
  });

  it('keeps roles and stores apart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'salesflow-slot-'));
    const api = await claimProcessSlot(config(dir), 'api');
    const projector = await claimProcessSlot(config(dir), 'projector');
    const elsewhere = await claimProcessSlot(config(mkdtempSync(join(tmpdir(), 'salesflow-slot-'))), 'api');
    expect([api.slot, projector.slot, elsewhere.slot]).toEqual([1, 1, 1]);
    expect(new Set([api.holder, projector.holder, elsewhere.holder]).size).toBe(3);
    await Promise.all([api.release(), projector.release(), elsewhere.release()]);
  });
});

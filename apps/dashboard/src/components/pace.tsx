import type { PaceStatus } from '../types.js';

/** Colour, icon and words together: the colour is never the only signal. */
export const PACE: Record<PaceStatus, { label: string; icon: string; colour: string; description: string }> = {
  met: { label: 'Met', icon: '✔', colour: '#166b33', description: 'actual has reached the target' },
  on_track: { label: 'On track', icon: '▲', colour: '#1f5fa8', description: 'at or above the expected-to-date amount' },
  at_risk: { label: 'At risk', icon: '⚠', colour: '#a86400', description: 'at 80–100 % of the expected-to-date amount' },
  behind: { label: 'Behind', icon: '✖', colour: '#b3261e', description: 'below 80 % of the expected-to-date amount' },
  no_target: { label: 'No target', icon: '—', colour: '#5f6368', description: 'no target to measure against' },
};

export function PaceBadge({ pace }: { pace: PaceStatus }) {
  const p = PACE[pace];
  return (
    <span class={`pace pace-${pace}`} data-pace={pace} title={p.description}>
      <span aria-hidden="true">{p.icon}</span> {p.label}
    </span>
  );
}

export function PaceLegend() {
  return (
    <ul class="legend" aria-label="Pace">
      {(Object.keys(PACE) as PaceStatus[]).map((key) => (
        <li key={key}>
          <PaceBadge pace={key} /> <span class="legend-text">{PACE[key].description}</span>
        </li>
      ))}
    </ul>
  );
}

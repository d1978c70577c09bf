import { useT } from '../i18n/messages.js';
import type { PaceStatus } from '../types.js';

/** The pace the API gives, and `missed` for an unmet target once the period is over. */
export type ShownPace = PaceStatus | 'missed';

/** Colour, icon and words together: the colour is never the only signal. */
export const PACE: Record<ShownPace, { icon: string; colour: string }> = {
  met: { icon: '✔', colour: '#166b33' },
  on_track: { icon: '▲', colour: '#1f5fa8' },
  at_risk: { icon: '⚠', colour: '#8a5200' },
  behind: { icon: '✖', colour: '#b3261e' },
  missed: { icon: '✖', colour: '#8c1d18' },
  no_target: { icon: '—', colour: '#5f6368' },
};

export function PaceBadge({ pace }: { pace: ShownPace }) {
  const t = useT();
  return (
    <span class={`pace pace-${pace}`} data-pace={pace} title={t.paceHelp[pace]}>
      <span aria-hidden="true">{PACE[pace].icon}</span> {t.pace[pace]}
    </span>
  );
}

export function PaceLegend() {
  const t = useT();
  return (
    <ul class="legend" aria-label={t.tracking.pace}>
      {(Object.keys(PACE) as ShownPace[]).map((key) => (
        <li key={key}>
          <PaceBadge pace={key} /> <span class="legend-text">{t.paceHelp[key]}</span>
        </li>
      ))}
    </ul>
  );
}

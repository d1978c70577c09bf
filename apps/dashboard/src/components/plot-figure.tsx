import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import * as Plot from '@observablehq/plot';

/** The width the element has, kept current by a ResizeObserver (0 until it is laid out). */
export function useWidth<T extends HTMLElement>(): [preact.RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver((entries) => {
      const next = Math.floor(entries[0]?.contentRect.width ?? 0);
      setWidth((current) => (Math.abs(current - next) >= 4 ? next : current));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

/** Whole-number ticks for a count axis: 0 … max, never a tick between two integers. */
export function integerTicks(max: number, target = 6): number[] {
  const top = Math.max(1, Math.ceil(max));
  const step = Math.max(1, Math.ceil(top / target));
  const ticks: number[] = [];
  for (let v = 0; v <= top + step - 1; v += step) ticks.push(v);
  return ticks;
}

/**
 * An Observable Plot chart (SVG) as wide as its container, with a text label for assistive
 * technology; every chart sits next to a table holding the same numbers. `options` gets the width.
 */
export function PlotFigure({ options, label, caption, legend, testId, depends }: { options: (width: number) => Plot.PlotOptions; label: string; caption?: ComponentChildren; legend?: ComponentChildren; testId?: string; depends: string }) {
  const [container, width] = useWidth<HTMLDivElement>();
  useEffect(() => {
    if (width === 0) return;
    const chart = Plot.plot({ ...options(width), width, ariaLabel: label });
    chart.setAttribute('role', 'img');
    // The figure's own label states the numbers; Plot's per-mark labels ("bar", "y-axis tick") on plain
    // groups are not allowed by ARIA, so they move to data-mark.
    for (const mark of chart.querySelectorAll('[aria-label]')) {
      if (mark === chart) continue;
      mark.setAttribute('data-mark', mark.getAttribute('aria-label') ?? '');
      mark.removeAttribute('aria-label');
    }
    container.current?.replaceChildren(chart);
    return () => chart.remove();
  }, [depends, label, width]);
  return (
    <figure class="chart" data-testid={testId}>
      {legend}
      <div ref={container} class="chart-canvas" />
      {caption && <figcaption>{caption}</figcaption>}
    </figure>
  );
}

/** A legend entry: a swatch (filled, dashed or a tick) and its words. */
export function Swatch({ colour, kind = 'fill', text, border }: { colour: string; kind?: 'fill' | 'dashed' | 'tick'; text: string; border?: string }) {
  return (
    <li>
      <span class={`swatch swatch-${kind}`} style={{ background: kind === 'tick' ? undefined : colour, borderColor: border ?? colour, color: colour }} aria-hidden="true" /> {text}
    </li>
  );
}

import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import * as Plot from '@observablehq/plot';

/**
 * An Observable Plot chart (SVG) with a text label for assistive technology; every chart sits next
 * to a table holding the same numbers.
 */
export function PlotFigure({ options, label, caption, testId }: { options: Plot.PlotOptions; label: string; caption?: ComponentChildren; testId?: string }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const chart = Plot.plot({ ...options, ariaLabel: label });
    chart.setAttribute('role', 'img');
    container.current?.replaceChildren(chart);
    return () => chart.remove();
  }, [options, label]);
  return (
    <figure class="chart" data-testid={testId}>
      <div ref={container} />
      {caption && <figcaption>{caption}</figcaption>}
    </figure>
  );
}

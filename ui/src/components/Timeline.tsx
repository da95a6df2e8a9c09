// Events per month, stacked by type, drawn as plain SVG; clicking a month filters the events to it.

import { typeColour } from "../palette";
import { columns } from "../timeline";
import type { TimelineBucket } from "../types";

const W = 600;
const H = 220;
const PAD = { left: 36, right: 8, top: 10, bottom: 36 };

export function Timeline({
  buckets,
  onMonth,
}: {
  buckets: TimelineBucket[];
  onMonth: (period: string) => void;
}) {
  const { columns: cols, undated, types } = columns(buckets);
  const max = Math.max(1, ...cols.map((c) => c.total));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const step = cols.length ? plotW / cols.length : plotW;
  const barW = Math.min(40, Math.max(1, step * 0.8));
  const y = (n: number) => PAD.top + plotH - (n / max) * plotH;
  const labelEvery = Math.max(1, Math.ceil(cols.length / 8));
  return (
    <figure className="timeline">
      <figcaption>Events per month by type{undated ? ` · ${undated} without a month` : ""}</figcaption>
      {cols.length === 0 ? (
        <p className="muted">No dated events.</p>
      ) : (
        <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label="Timeline of events per month">
          <line x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} className="axis" />
          <text x={PAD.left - 4} y={y(max) + 4} className="tick" textAnchor="end">
            {max}
          </text>
          <text x={PAD.left - 4} y={y(0)} className="tick" textAnchor="end">
            0
          </text>
          {cols.map((c, i) => {
            const x = PAD.left + i * step + (step - barW) / 2;
            return (
              // biome-ignore lint/a11y/noStaticElementInteractions: the table below offers the same filter by keyboard.
              <g key={c.period} className="column" onClick={() => c.total && onMonth(c.period)}>
                <title>{`${c.period}: ${c.total} (${c.stack.map((s) => `${s.type} ${s.count}`).join(", ")})`}</title>
                <rect x={PAD.left + i * step} y={PAD.top} width={step} height={plotH} className="hit" />
                {c.stack.map((s) => (
                  <rect
                    key={s.type}
                    x={x}
                    width={barW}
                    y={y(s.below + s.count)}
                    height={y(s.below) - y(s.below + s.count)}
                    fill={typeColour(s.type)}
                  />
                ))}
                {i % labelEvery === 0 && (
                  <text x={x + barW / 2} y={H - PAD.bottom + 14} className="tick" textAnchor="middle">
                    {c.period}
                  </text>
                )}
              </g>
            );
          })}
        </svg>
      )}
      <ul className="key" aria-label="Event types">
        {types.map((t) => (
          <li key={t}>
            <Swatch colour={typeColour(t)} /> {t}
          </li>
        ))}
      </ul>
    </figure>
  );
}

export function Swatch({ colour }: { colour: string }) {
  return (
    <svg className="swatch" width="10" height="10" aria-hidden="true">
      <rect width="10" height="10" fill={colour} />
    </svg>
  );
}

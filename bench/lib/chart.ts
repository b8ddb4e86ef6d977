/**
 * The results as one SVG, written by hand (no charting library): each figure as the share
 * of its goal it uses — under 1 the goal is met — on a shared axis, and the cold start of
 * every function against its reference.
 */

export interface GoalBar {
  label: string;
  /** Measured against the goal's limit: for "at most" goals value / limit, for "at least" limit / value. */
  share: number;
  detail: string;
}

export interface ColdStartBar {
  label: string;
  handlerMs: number;
  referenceMs: number;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function resultsChart(goals: GoalBar[], coldStarts: ColdStartBar[], subtitle: string): string {
  const width = 900;
  const labelWidth = 300;
  const plotWidth = width - labelWidth - 140;
  const rowHeight = 22;
  const parts: string[] = [];
  let y = 30;
  parts.push(`<text x="16" y="${y}" class="title">Benchmarks against their goals</text>`);
  y += 18;
  parts.push(`<text x="16" y="${y}" class="note">${escape(subtitle)}</text>`);

  // Panel 1: share of each goal used; the line at 1 is the goal.
  y += 30;
  parts.push(`<text x="16" y="${y}" class="heading">Share of the goal used (under 1: goal met)</text>`);
  y += 10;
  const maxShare = Math.max(2, ...goals.map((goal) => (Number.isFinite(goal.share) ? goal.share : 0)));
  const xOf = (share: number) => labelWidth + (Math.min(share, maxShare) / maxShare) * plotWidth;
  const top = y;
  for (const goal of goals) {
    const met = goal.share <= 1;
    const barWidth = Number.isFinite(goal.share) ? xOf(goal.share) - labelWidth : 0;
    parts.push(`<text x="${labelWidth - 8}" y="${y + 15}" class="label" text-anchor="end">${escape(goal.label)}</text>`);
    parts.push(`<rect x="${labelWidth}" y="${y + 4}" width="${barWidth.toFixed(1)}" height="${rowHeight - 8}" class="${met ? 'met' : 'missed'}"/>`);
    parts.push(`<text x="${(labelWidth + barWidth + 6).toFixed(1)}" y="${y + 15}" class="value">${escape(goal.detail)}</text>`);
    y += rowHeight;
  }
  parts.push(`<line x1="${xOf(1)}" y1="${top}" x2="${xOf(1)}" y2="${y}" class="goal"/>`);
  parts.push(`<text x="${xOf(1) + 3}" y="${top - 2}" class="note">goal</text>`);

  // Panel 2: import time of each function bundle and of its reference.
  y += 30;
  parts.push(`<text x="16" y="${y}" class="heading">Cold start: import time of each function (median ms) and of its reference</text>`);
  y += 10;
  const maxMs = Math.max(1, ...coldStarts.flatMap((bar) => [bar.handlerMs, bar.referenceMs * 1.25]));
  const msX = (ms: number) => labelWidth + (ms / maxMs) * plotWidth;
  for (const bar of coldStarts) {
    parts.push(`<text x="${labelWidth - 8}" y="${y + 14}" class="label" text-anchor="end">${escape(bar.label)}</text>`);
    parts.push(`<rect x="${labelWidth}" y="${y + 3}" width="${(msX(bar.referenceMs) - labelWidth).toFixed(1)}" height="7" class="reference"/>`);
    parts.push(`<rect x="${labelWidth}" y="${y + 10}" width="${(msX(bar.handlerMs) - labelWidth).toFixed(1)}" height="7" class="${bar.handlerMs <= bar.referenceMs * 1.25 ? 'met' : 'missed'}"/>`);
    parts.push(`<line x1="${msX(bar.referenceMs * 1.25).toFixed(1)}" y1="${y + 2}" x2="${msX(bar.referenceMs * 1.25).toFixed(1)}" y2="${y + 19}" class="goal"/>`);
    parts.push(`<text x="${(msX(Math.max(bar.handlerMs, bar.referenceMs * 1.25)) + 6).toFixed(1)}" y="${y + 14}" class="value">${bar.handlerMs.toFixed(0)} / ${bar.referenceMs.toFixed(0)} ms</text>`);
    y += rowHeight;
  }
  y += 8;
  parts.push(`<rect x="${labelWidth}" y="${y}" width="12" height="8" class="reference"/><text x="${labelWidth + 16}" y="${y + 8}" class="note">reference (only the SDK clients it calls)</text>`);
  parts.push(`<rect x="${labelWidth + 270}" y="${y}" width="12" height="8" class="met"/><text x="${labelWidth + 286}" y="${y + 8}" class="note">the function; the tick is 1.25 × its reference</text>`);
  y += 24;

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${y}" viewBox="0 0 ${width} ${y}" role="img" aria-labelledby="chart-title">
<title id="chart-title">Benchmarks against their goals</title>
<style>
  text { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; fill: #1b1b1b; }
  .title { font-size: 18px; font-weight: 600; }
  .heading { font-size: 14px; font-weight: 600; }
  .label, .value { font-size: 12px; }
  .note { font-size: 11px; fill: #505050; }
  .met { fill: #2e7d32; }
  .missed { fill: #c62828; }
  .reference { fill: #9e9e9e; }
  .goal { stroke: #1b1b1b; stroke-width: 1.5; stroke-dasharray: 3 2; }
</style>
<rect width="100%" height="100%" fill="#ffffff"/>
${parts.join('\n')}
</svg>
`;
}

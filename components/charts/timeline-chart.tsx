import { scaleBand } from "d3-scale";

// A timeline drawn as SVG on the server (d3-scale): quarters across, rows down, grouped;
// each row marks its planned quarter (a dot) and its deadline (a tick); "today" is a line.
// The caller gives the same facts as a table.

export type TimelineRow = { key: string; label: string; group: string; quarter: string; deadlineQuarter: string | null; late: boolean };

type Props = {
  quarters: { key: string; label: string }[];
  rows: TimelineRow[];
  groups: { key: string; label: string }[];
  today: string;
  title: string;
  description: string;
  todayLabel: string;
};

const ROW = 22;
const GROUP = 26;
const LEFT = 120;
const TOP = 28;

export function TimelineChart({ quarters, rows, groups, today, title, description, todayLabel }: Props) {
  const id = `timeline-${title.replace(/[^a-z0-9]/gi, "").slice(0, 24)}`;
  const width = Math.max(480, LEFT + quarters.length * 56 + 16);
  const x = scaleBand<string>()
    .domain(quarters.map((q) => q.key))
    .range([LEFT, width - 16])
    .padding(0.1);
  const laidOut: ({ kind: "group"; label: string; y: number } | { kind: "row"; row: TimelineRow; y: number })[] = [];
  let y = TOP;
  for (const group of groups) {
    const inGroup = rows.filter((r) => r.group === group.key);
    if (inGroup.length === 0) continue;
    laidOut.push({ kind: "group", label: group.label, y: y + 16 });
    y += GROUP;
    for (const row of inGroup) {
      laidOut.push({ kind: "row", row, y: y + ROW / 2 });
      y += ROW;
    }
  }
  const height = y + 8;
  const half = x.bandwidth() / 2;
  const todayX = (x(today) ?? LEFT) + half;

  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      className="h-auto w-full"
      // Never scaled down: its 11 px labels would shrink to unreadable on a phone.
      style={{ maxWidth: width, minWidth: width }}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {quarters.map((q, i) => (
        <g key={q.key}>
          {i % 2 === 0 && <rect x={x(q.key)} y={TOP - 4} width={x.bandwidth()} height={height - TOP} className="fill-surface-alt" />}
          <text x={(x(q.key) ?? 0) + half} y={16} textAnchor="middle" className="fill-ink-soft text-[11px]">
            {q.label}
          </text>
        </g>
      ))}
      <line x1={todayX} x2={todayX} y1={TOP - 6} y2={height} className="stroke-marianne" strokeWidth={1.5} strokeDasharray="4 3" />
      <text x={todayX + 3} y={TOP + 6} className="fill-marianne text-[10px]">
        {todayLabel}
      </text>
      {laidOut.map((item) =>
        item.kind === "group" ? (
          <text key={`g-${item.label}`} x={4} y={item.y} className="fill-ink text-[12px] font-bold">
            {item.label}
          </text>
        ) : (
          <g key={item.row.key}>
            <text x={4} y={item.y} dominantBaseline="middle" className="fill-ink text-[11px]">
              {item.row.label}
            </text>
            {item.row.deadlineQuarter && x(item.row.deadlineQuarter) !== undefined && (
              <line
                x1={(x(item.row.deadlineQuarter) ?? 0) + x.bandwidth() - 2}
                x2={(x(item.row.deadlineQuarter) ?? 0) + x.bandwidth() - 2}
                y1={item.y - 8}
                y2={item.y + 8}
                className="stroke-ink"
                strokeWidth={3}
              />
            )}
            {x(item.row.quarter) !== undefined &&
              (item.row.late ? (
                <rect x={(x(item.row.quarter) ?? 0) + half - 5} y={item.y - 5} width={10} height={10} className="fill-error" />
              ) : (
                <circle cx={(x(item.row.quarter) ?? 0) + half} cy={item.y} r={5} className="fill-primary" />
              ))}
          </g>
        ),
      )}
    </svg>
  );
}

// Where each place's label goes on the map: the first spot around its marker that overlaps no earlier label or
// marker (places in a town centre sit close together), else the spot that overlaps least.

export type Box = { x: number; y: number; width: number; height: number };
export type LabelRequest = { x: number; y: number; radius: number; width: number; height: number };
export type PlacedLabel = { x: number; y: number; anchor: 'start' | 'middle' | 'end' };

const overlap = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

/** The label's box for a text anchor point (x, baseline y). */
function boxOf(label: PlacedLabel, width: number, height: number): Box {
  const left = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - width : label.x - width / 2;
  return { x: left, y: label.y - height * 0.8, width, height };
}

function candidates(r: LabelRequest): PlacedLabel[] {
  const gap = r.radius + 4;
  const mid = r.y + r.height * 0.3;
  return [
    { x: r.x + gap, y: mid, anchor: 'start' },
    { x: r.x - gap, y: mid, anchor: 'end' },
    { x: r.x, y: r.y - gap - 2, anchor: 'middle' },
    { x: r.x, y: r.y + gap + r.height * 0.8, anchor: 'middle' },
    { x: r.x + gap * 0.7, y: r.y - gap * 0.7, anchor: 'start' },
    { x: r.x - gap * 0.7, y: r.y - gap * 0.7, anchor: 'end' },
    { x: r.x + gap * 0.7, y: r.y + gap * 0.7 + r.height * 0.6, anchor: 'start' },
    { x: r.x - gap * 0.7, y: r.y + gap * 0.7 + r.height * 0.6, anchor: 'end' },
  ];
}

/** Places labels in the order given (put the most important first); `bounds` keeps them on the picture. */
export function placeLabels(requests: readonly LabelRequest[], bounds: { width: number; height: number }): PlacedLabel[] {
  const markers: Box[] = requests.map((r) => ({ x: r.x - r.radius, y: r.y - r.radius, width: 2 * r.radius, height: 2 * r.radius }));
  const taken: Box[] = [];
  return requests.map((r, i) => {
    let best: { label: PlacedLabel; cost: number } | null = null;
    for (const label of candidates(r)) {
      const box = boxOf(label, r.width, r.height);
      const outside = Math.max(0, -box.x) + Math.max(0, box.x + box.width - bounds.width) + Math.max(0, -box.y) + Math.max(0, box.y + box.height - bounds.height);
      const cost =
        taken.reduce((sum, t) => sum + overlap(box, t), 0) + markers.reduce((sum, m, j) => sum + (j === i ? 0 : overlap(box, m)), 0) + outside * r.height * 10;
      if (!best || cost < best.cost) best = { label, cost };
      if (cost === 0) break;
    }
    taken.push(boxOf(best!.label, r.width, r.height));
    return best!.label;
  });
}

/** A rough width of a label in pixels: enough to keep labels apart without measuring text in the browser. */
export const estimateTextWidth = (text: string, fontSize: number) => text.length * fontSize * 0.58;

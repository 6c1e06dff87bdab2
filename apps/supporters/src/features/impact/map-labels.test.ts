import { describe, expect, it } from 'vitest';
import { placeLabels } from './map-labels';

const boxOf = (l: { x: number; y: number; anchor: string }, width: number, height: number) => {
  const left = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - width : l.x - width / 2;
  return { left, right: left + width, top: l.y - height * 0.8, bottom: l.y + height * 0.2 };
};
const apart = (a: ReturnType<typeof boxOf>, b: ReturnType<typeof boxOf>) => a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;

describe('placeLabels', () => {
  it('puts a lone label to the right of its marker', () => {
    const [label] = placeLabels([{ x: 100, y: 100, radius: 10, width: 60, height: 14 }], { width: 400, height: 300 });
    expect(label).toMatchObject({ anchor: 'start' });
    expect(label!.x).toBeGreaterThan(110);
  });

  it('keeps the labels of two close places apart', () => {
    const requests = [
      { x: 200, y: 150, radius: 12, width: 80, height: 14 },
      { x: 215, y: 146, radius: 6, width: 70, height: 14 },
    ];
    const [a, b] = placeLabels(requests, { width: 400, height: 300 });
    expect(apart(boxOf(a!, 80, 14), boxOf(b!, 70, 14))).toBe(true);
  });

  it('moves a label inward at the right edge', () => {
    const [label] = placeLabels([{ x: 390, y: 100, radius: 5, width: 60, height: 14 }], { width: 400, height: 300 });
    expect(label!.anchor).not.toBe('start');
  });
});

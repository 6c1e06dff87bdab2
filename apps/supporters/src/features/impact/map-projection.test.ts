import { describe, expect, it } from 'vitest';
import { fitProjection } from './map-projection';

const battambang = { lat: 13.0937, lng: 103.1867 };
const bavel = { lat: 13.2168, lng: 102.8221 };
const moungRuessei = { lat: 12.7758, lng: 103.4486 };

describe('fitProjection', () => {
  it('keeps every point inside the padded box, north up and west left', () => {
    const { width, height, project } = fitProjection([battambang, bavel, moungRuessei], { width: 600, padding: 40 });
    for (const p of [battambang, bavel, moungRuessei]) {
      const { x, y } = project(p);
      expect(x).toBeGreaterThanOrEqual(40 - 1e-9);
      expect(x).toBeLessThanOrEqual(width - 40 + 1e-9);
      expect(y).toBeGreaterThanOrEqual(40 - 1e-9);
      expect(y).toBeLessThanOrEqual(height - 40 + 1e-9);
    }
    expect(project(bavel).x).toBeLessThan(project(moungRuessei).x);
    expect(project(bavel).y).toBeLessThan(project(moungRuessei).y);
  });

  it('uses one scale for both axes (a degree of latitude is longer than one of longitude here)', () => {
    const { project } = fitProjection([{ lat: 13, lng: 103 }, { lat: 14, lng: 104 }], { width: 600, padding: 0 });
    const a = project({ lat: 13, lng: 103 });
    const b = project({ lat: 14, lng: 104 });
    const ratio = Math.abs(b.x - a.x) / Math.abs(b.y - a.y);
    expect(ratio).toBeCloseTo(Math.cos((13.5 * Math.PI) / 180), 5);
  });

  it('puts a single place in the middle', () => {
    const { width, height, project } = fitProjection([battambang], { width: 400, padding: 20 });
    expect(project(battambang)).toEqual({ x: width / 2, y: height / 2 });
  });
});

import { describe, expect, it } from "vitest";
import { clampView, MAX_SCALE, viewBoxOf, zoomAround } from "./useMapZoom";

describe("the venue overview's zoom", () => {
  const whole = { scale: 1, x: 50, y: 50 };

  it("keeps the point under the cursor where it is", () => {
    const zoomed = zoomAround(whole, 2, { x: 75, y: 25 });
    expect(zoomed).toEqual({ scale: 2, x: 62.5, y: 37.5 });
    // (75, 25) sits at the same share of the view before and after: 3/4 across, 1/4 down.
    expect(viewBoxOf(zoomed)).toBe("37.5 12.5 50 50");
  });

  it("never zooms past its limits nor pans off the plan", () => {
    expect(zoomAround(whole, 100, { x: 50, y: 50 }).scale).toBe(MAX_SCALE);
    expect(zoomAround(whole, 0.5, { x: 10, y: 10 })).toEqual(whole);
    expect(clampView({ scale: 2, x: 0, y: 100 })).toEqual({ scale: 2, x: 25, y: 75 });
  });
});

"use client";
// Zoom and pan for the venue overview's SVG: pinch (two pointers), wheel or trackpad, drag to pan once zoomed,
// and buttons for keyboards. Only the viewBox changes, so the drawing stays sharp and sections stay buttons.
// A drag or pinch never opens a section: the click that ends it is swallowed; a tap without movement still opens.
import { useCallback, useEffect, useRef, useState, type MouseEvent, type PointerEvent as ReactPointerEvent, type RefObject } from "react";
import { PLANE } from "@/lib/domain/venue-layout";

export interface MapView {
  /** 1: the whole plane. */
  scale: number;
  /** The centre of the view, in plane units. */
  x: number;
  y: number;
}

export const MIN_SCALE = 1;
export const MAX_SCALE = 4;
/** Pointer travel (px) past which a press is a drag, not a tap. */
const DRAG_PX = 6;
const WHOLE: MapView = { scale: 1, x: PLANE / 2, y: PLANE / 2 };

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** The view kept on the plane: no zooming past the limits, no panning off the edges. */
export function clampView(view: MapView): MapView {
  const scale = clamp(view.scale, MIN_SCALE, MAX_SCALE);
  const half = PLANE / 2 / scale;
  return { scale, x: clamp(view.x, half, PLANE - half), y: clamp(view.y, half, PLANE - half) };
}

/** Zoomed by `factor` keeping the plane point `at` where it is on screen. */
export function zoomAround(view: MapView, factor: number, at: { x: number; y: number }): MapView {
  const scale = clamp(view.scale * factor, MIN_SCALE, MAX_SCALE);
  const keep = view.scale / scale;
  return clampView({ scale, x: at.x + (view.x - at.x) * keep, y: at.y + (view.y - at.y) * keep });
}

export const viewBoxOf = (view: MapView) => {
  const size = PLANE / view.scale;
  const r = (n: number) => Math.round(n * 1000) / 1000;
  return `${r(view.x - size / 2)} ${r(view.y - size / 2)} ${r(size)} ${r(size)}`;
};

/** A point on screen (client px) in plane units, under a view of this element. */
function planePoint(element: Element, view: MapView, clientX: number, clientY: number) {
  const box = element.getBoundingClientRect();
  if (box.width === 0) return { x: view.x, y: view.y };
  const size = PLANE / view.scale;
  return { x: view.x - size / 2 + ((clientX - box.left) / box.width) * size, y: view.y - size / 2 + ((clientY - box.top) / box.height) * size };
}

export function useMapZoom(svg: RefObject<SVGSVGElement | null>) {
  const [view, setView] = useState<MapView>(WHOLE);
  const viewRef = useRef(view);
  useEffect(() => {
    viewRef.current = view;
  }, [view]);
  const pointers = useRef(new Map<number, { x: number; y: number }>());
  const travelled = useRef(0);
  const dragged = useRef(false);

  const zoomBy = useCallback((factor: number) => setView((v) => zoomAround(v, factor, { x: v.x, y: v.y })), []);
  const reset = useCallback(() => setView(WHOLE), []);
  /** Brings a plane point into view (a section reached by keyboard while zoomed in). */
  const show = useCallback((x: number, y: number) => {
    setView((v) => {
      const half = PLANE / 2 / v.scale;
      return Math.abs(x - v.x) < half * 0.8 && Math.abs(y - v.y) < half * 0.8 ? v : clampView({ ...v, x, y });
    });
  }, []);

  // Wheel and trackpad pinch (a ctrl+wheel): zoom around the cursor. At the limits the wheel scrolls the page.
  useEffect(() => {
    const element = svg.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      const current = viewRef.current;
      const zoomIn = event.deltaY < 0;
      if (!event.ctrlKey && ((zoomIn && current.scale >= MAX_SCALE) || (!zoomIn && current.scale <= MIN_SCALE))) return;
      event.preventDefault();
      const factor = Math.exp(-clamp(event.deltaY * (event.deltaMode === 1 ? 16 : 1), -100, 100) * (event.ctrlKey ? 0.01 : 0.002));
      setView((v) => zoomAround(v, factor, planePoint(element, v, event.clientX, event.clientY)));
    };
    element.addEventListener("wheel", onWheel, { passive: false });
    return () => element.removeEventListener("wheel", onWheel);
  }, [svg]);

  const onPointerDown = useCallback((event: ReactPointerEvent<SVGSVGElement>) => {
    if (event.pointerType === "mouse" && event.button !== 0) return;
    pointers.current.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (pointers.current.size === 1) {
      travelled.current = 0;
      dragged.current = false;
    }
  }, []);

  const onPointerMove = useCallback((event: ReactPointerEvent<SVGSVGElement>) => {
    const was = pointers.current.get(event.pointerId);
    if (!was) return;
    const now = { x: event.clientX, y: event.clientY };
    const others = [...pointers.current].filter(([id]) => id !== event.pointerId).map(([, p]) => p);
    travelled.current += Math.hypot(now.x - was.x, now.y - was.y);
    if (!dragged.current && (travelled.current > DRAG_PX || others.length > 0)) {
      dragged.current = true;
      // Only now: capturing at the press would make the tap's click land on the SVG instead of the section.
      event.currentTarget.setPointerCapture(event.pointerId);
    }
    pointers.current.set(event.pointerId, now);
    const element = event.currentTarget;
    const box = element.getBoundingClientRect();
    if (box.width === 0 || !dragged.current) return;
    const other = others[0];
    if (other) {
      // Pinch: zoom by the change in finger distance around their midpoint, and follow the midpoint.
      const factor = Math.hypot(now.x - other.x, now.y - other.y) / Math.max(1, Math.hypot(was.x - other.x, was.y - other.y));
      setView((v) => {
        const zoomed = zoomAround(v, factor, planePoint(element, v, (now.x + other.x) / 2, (now.y + other.y) / 2));
        const perPx = PLANE / zoomed.scale / box.width;
        return clampView({ ...zoomed, x: zoomed.x - ((now.x - was.x) / 2) * perPx, y: zoomed.y - ((now.y - was.y) / 2) * perPx });
      });
    } else {
      setView((v) => {
        const perPx = PLANE / v.scale / box.width;
        return clampView({ ...v, x: v.x - (now.x - was.x) * perPx, y: v.y - (now.y - was.y) * perPx });
      });
    }
  }, []);

  const onPointerEnd = useCallback((event: ReactPointerEvent<SVGSVGElement>) => {
    pointers.current.delete(event.pointerId);
  }, []);

  /** Swallows the click that ends a drag or pinch, so panning never opens a section. */
  const onClickCapture = useCallback((event: MouseEvent<SVGSVGElement>) => {
    if (!dragged.current) return;
    dragged.current = false;
    event.stopPropagation();
    event.preventDefault();
  }, []);

  return {
    view,
    zoomBy,
    reset,
    show,
    handlers: { onPointerDown, onPointerMove, onPointerUp: onPointerEnd, onPointerCancel: onPointerEnd, onClickCapture },
  };
}

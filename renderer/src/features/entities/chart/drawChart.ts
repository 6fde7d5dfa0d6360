// Paints the chart on a canvas: edges batched by relation type, nodes batched by entity type (a few
// dozen draw calls for thousands of shapes), names only when zoomed in, the hovered card on top.
import { ENTITY_TYPES, RELATION_TYPES } from '../../../../../shared/domain';
import type { ChartModel } from './chartModel';
import { RELATION_DASH, RELATION_WIDTH, type Palette } from './chartStyle';
import type { Layout } from './layout';
import { LABEL_ZOOM, nodeRadius, type View } from './viewport';

/** More names than this on screen at once would be unreadable anyway. */
const MAX_LABELS = 400;

export interface ChartFrame {
  model: ChartModel;
  layout: Layout;
  view: View;
  width: number;
  height: number;
  pixelRatio: number;
  palette: Palette;
  hovered: number;
}

export function drawChart(ctx: CanvasRenderingContext2D, frame: ChartFrame): void {
  const { model, layout, view, width, height, pixelRatio, palette, hovered } = frame;
  ctx.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
  ctx.clearRect(0, 0, width, height);
  const sx = (i: number) => layout.xs[i]! * view.zoom + view.panX;
  const sy = (i: number) => layout.ys[i]! * view.zoom + view.panY;
  const detailed = view.zoom >= LABEL_ZOOM;
  const hoveredEdges = new Set<number>();

  ctx.globalAlpha = hovered >= 0 ? 0.25 : 0.6;
  for (const type of RELATION_TYPES) {
    ctx.beginPath();
    model.edges.forEach((edge, e) => {
      if (edge.type !== type) return;
      if (edge.source === hovered || edge.target === hovered) hoveredEdges.add(e);
      ctx.moveTo(sx(edge.source), sy(edge.source));
      ctx.lineTo(sx(edge.target), sy(edge.target));
    });
    strokeRelation(ctx, palette, type, 1);
  }
  ctx.globalAlpha = 1;
  for (const e of hoveredEdges) {
    const edge = model.edges[e]!;
    ctx.beginPath();
    ctx.moveTo(sx(edge.source), sy(edge.source));
    ctx.lineTo(sx(edge.target), sy(edge.target));
    strokeRelation(ctx, palette, edge.type, 1.6);
  }
  if (detailed) drawArrowheads(ctx, frame, sx, sy);

  for (const type of ENTITY_TYPES) {
    ctx.beginPath();
    model.nodes.forEach((node, i) => {
      if (node.type !== type) return;
      const r = nodeRadius(view, model.degrees[i]!);
      const x = sx(i);
      const y = sy(i);
      if (x < -r || y < -r || x > width + r || y > height + r) return;
      ctx.moveTo(x + r, y);
      ctx.arc(x, y, r, 0, Math.PI * 2);
    });
    ctx.fillStyle = palette.entity[type];
    ctx.fill();
    ctx.lineWidth = 1;
    ctx.strokeStyle = palette.halo;
    ctx.stroke();
  }

  if (hovered >= 0) {
    ctx.beginPath();
    ctx.arc(sx(hovered), sy(hovered), nodeRadius(view, model.degrees[hovered]!) + 3, 0, Math.PI * 2);
    ctx.lineWidth = 2;
    ctx.strokeStyle = palette.highlight;
    ctx.stroke();
  }
  if (detailed) drawLabels(ctx, frame, sx, sy);
}

function strokeRelation(ctx: CanvasRenderingContext2D, palette: Palette, type: (typeof RELATION_TYPES)[number], widthFactor: number): void {
  ctx.setLineDash(RELATION_DASH[type]);
  ctx.lineWidth = RELATION_WIDTH[type] * widthFactor;
  ctx.strokeStyle = palette.relation[type];
  ctx.stroke();
  ctx.setLineDash([]);
}

/** A small arrowhead at the target's rim: relations read source → target ("A member of B"). */
function drawArrowheads(ctx: CanvasRenderingContext2D, frame: ChartFrame, sx: (i: number) => number, sy: (i: number) => number): void {
  const { model, view, palette, width, height } = frame;
  ctx.globalAlpha = 0.8;
  for (const type of RELATION_TYPES) {
    ctx.beginPath();
    for (const edge of model.edges) {
      if (edge.type !== type) continue;
      const tx = sx(edge.target);
      const ty = sy(edge.target);
      if (tx < 0 || ty < 0 || tx > width || ty > height) continue;
      const dx = tx - sx(edge.source);
      const dy = ty - sy(edge.source);
      const length = Math.hypot(dx, dy);
      if (length < 1) continue;
      const ux = dx / length;
      const uy = dy / length;
      const r = nodeRadius(view, model.degrees[edge.target]!) + 1;
      const tipX = tx - ux * r;
      const tipY = ty - uy * r;
      ctx.moveTo(tipX, tipY);
      ctx.lineTo(tipX - ux * 7 - uy * 3.5, tipY - uy * 7 + ux * 3.5);
      ctx.lineTo(tipX - ux * 7 + uy * 3.5, tipY - uy * 7 - ux * 3.5);
      ctx.closePath();
    }
    ctx.fillStyle = palette.relation[type];
    ctx.fill();
  }
  ctx.globalAlpha = 1;
}

function drawLabels(ctx: CanvasRenderingContext2D, frame: ChartFrame, sx: (i: number) => number, sy: (i: number) => number): void {
  const { model, view, palette, width, height, hovered } = frame;
  ctx.font = '11px system-ui, sans-serif';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  ctx.lineWidth = 3;
  ctx.strokeStyle = palette.halo;
  ctx.fillStyle = palette.label;
  const taken = new LabelSpace();
  let drawn = 0;
  for (const i of model.labelOrder) {
    if (drawn >= MAX_LABELS) break;
    if (i === hovered) continue;
    const x = sx(i);
    const y = sy(i);
    if (x < -100 || y < -10 || x > width || y > height + 10) continue;
    const left = x + nodeRadius(view, model.degrees[i]!) + 3;
    const name = model.nodes[i]!.name;
    const box = { left, top: y - 7, right: left + ctx.measureText(name).width, bottom: y + 7 };
    if (!taken.claim(box)) continue;
    ctx.strokeText(name, left, y);
    ctx.fillText(name, left, y);
    drawn++;
  }
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Screen boxes already holding a name, bucketed in a coarse grid so overlap checks stay cheap. */
class LabelSpace {
  private cells = new Map<string, Box[]>();

  /** Takes the box if it overlaps no name drawn so far. */
  claim(box: Box): boolean {
    const keys: string[] = [];
    for (let cx = Math.floor(box.left / 80); cx <= Math.floor(box.right / 80); cx++) {
      for (let cy = Math.floor(box.top / 20); cy <= Math.floor(box.bottom / 20); cy++) keys.push(`${cx},${cy}`);
    }
    for (const key of keys) {
      for (const other of this.cells.get(key) ?? []) {
        if (box.left < other.right && other.left < box.right && box.top < other.bottom && other.top < box.bottom) return false;
      }
    }
    for (const key of keys) {
      const list = this.cells.get(key);
      if (list) list.push(box);
      else this.cells.set(key, [box]);
    }
    return true;
  }
}

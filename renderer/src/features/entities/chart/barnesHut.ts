// Repulsion between every pair of nodes in O(n log n): a quadtree whose far-away cells act as one
// body at their centre of mass (Barnes–Hut). Flat typed arrays, so a 1,000-node layout of a few
// hundred iterations allocates little.

/** How far a cell must be, relative to its size, to stand in for its nodes (larger is coarser). */
const THETA = 0.9;
/** Cells are not split below this size; nodes closer than this repel as one small cluster. */
const MIN_CELL = 1e-3;

interface Tree {
  // Per cell: bounds (centre and half-size), mass, centre of mass, first child index (or -1), the single node it holds (or -1).
  cx: Float64Array;
  cy: Float64Array;
  half: Float64Array;
  mass: Float64Array;
  mx: Float64Array;
  my: Float64Array;
  child: Int32Array;
  body: Int32Array;
  count: number;
}

function allocate(capacity: number): Tree {
  return {
    cx: new Float64Array(capacity),
    cy: new Float64Array(capacity),
    half: new Float64Array(capacity),
    mass: new Float64Array(capacity),
    mx: new Float64Array(capacity),
    my: new Float64Array(capacity),
    child: new Int32Array(capacity),
    body: new Int32Array(capacity),
    count: 0,
  };
}

function grow(tree: Tree): Tree {
  const bigger = allocate(tree.cx.length * 2);
  for (const key of ['cx', 'cy', 'half', 'mass', 'mx', 'my', 'child', 'body'] as const) bigger[key].set(tree[key]);
  bigger.count = tree.count;
  return bigger;
}

/** Accumulates into fx/fy the repulsion strength·k²/d that every node feels from all the others. */
export class RepulsionField {
  private tree: Tree;

  constructor(nodeCount: number) {
    this.tree = allocate(Math.max(64, nodeCount * 4));
  }

  apply(xs: Float64Array, ys: Float64Array, kSquared: number, fx: Float64Array, fy: Float64Array): void {
    const n = xs.length;
    if (n < 2) return;
    this.build(xs, ys);
    const stack = new Int32Array(this.tree.count);
    for (let i = 0; i < n; i++) {
      const x = xs[i]!;
      const y = ys[i]!;
      let top = 0;
      stack[top++] = 0;
      let sx = 0;
      let sy = 0;
      while (top > 0) {
        const cell = stack[--top]!;
        const t = this.tree;
        const mass = t.mass[cell]!;
        if (mass === 0 || t.body[cell] === i) continue;
        const dx = x - t.mx[cell]!;
        const dy = y - t.my[cell]!;
        const d2 = dx * dx + dy * dy;
        const size = t.half[cell]! * 2;
        if (t.child[cell]! < 0 || size * size < THETA * THETA * d2) {
          if (d2 < 1e-12) {
            // Two nodes on one spot: push apart along a direction fixed by the index, so it stays deterministic.
            const angle = i * 2.399963;
            sx += Math.cos(angle) * kSquared * mass;
            sy += Math.sin(angle) * kSquared * mass;
            continue;
          }
          const push = (kSquared * mass) / d2;
          sx += dx * push;
          sy += dy * push;
          continue;
        }
        const first = t.child[cell]!;
        for (let c = 0; c < 4; c++) stack[top++] = first + c;
      }
      fx[i]! += sx;
      fy[i]! += sy;
    }
  }

  private build(xs: Float64Array, ys: Float64Array): void {
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let i = 0; i < xs.length; i++) {
      minX = Math.min(minX, xs[i]!);
      maxX = Math.max(maxX, xs[i]!);
      minY = Math.min(minY, ys[i]!);
      maxY = Math.max(maxY, ys[i]!);
    }
    const t = this.tree;
    t.count = 1;
    t.cx[0] = (minX + maxX) / 2;
    t.cy[0] = (minY + maxY) / 2;
    t.half[0] = Math.max(maxX - minX, maxY - minY, MIN_CELL) / 2 + MIN_CELL;
    t.mass[0] = 0;
    t.child[0] = -1;
    t.body[0] = -1;
    for (let i = 0; i < xs.length; i++) this.insert(i, xs, ys);
  }

  private insert(node: number, xs: Float64Array, ys: Float64Array): void {
    const x = xs[node]!;
    const y = ys[node]!;
    let cell = 0;
    for (;;) {
      let t = this.tree;
      // Update this cell's mass and centre of mass on the way down.
      const mass = t.mass[cell]!;
      t.mx[cell] = (t.mx[cell]! * mass + x) / (mass + 1);
      t.my[cell] = (t.my[cell]! * mass + y) / (mass + 1);
      t.mass[cell] = mass + 1;
      if (t.child[cell]! >= 0) {
        cell = t.child[cell]! + this.quadrant(cell, x, y);
        continue;
      }
      if (mass === 0) {
        t.body[cell] = node;
        return;
      }
      if (t.half[cell]! < MIN_CELL) {
        // Too small to split: the cell keeps the extra node as mass only.
        t.body[cell] = -1;
        return;
      }
      // A leaf with one node: split it and move that node down, then carry on with this one.
      const resident = t.body[cell]!;
      while (this.tree.count + 4 > this.tree.cx.length) this.tree = grow(this.tree);
      t = this.tree;
      const first = t.count;
      t.count += 4;
      const h = t.half[cell]! / 2;
      for (let c = 0; c < 4; c++) {
        const k = first + c;
        t.cx[k] = t.cx[cell]! + (c & 1 ? h : -h);
        t.cy[k] = t.cy[cell]! + (c & 2 ? h : -h);
        t.half[k] = h;
        t.mass[k] = 0;
        t.mx[k] = 0;
        t.my[k] = 0;
        t.child[k] = -1;
        t.body[k] = -1;
      }
      t.child[cell] = first;
      t.body[cell] = -1;
      if (resident >= 0) {
        const rx = xs[resident]!;
        const ry = ys[resident]!;
        const target = first + this.quadrant(cell, rx, ry);
        t.mass[target] = 1;
        t.mx[target] = rx;
        t.my[target] = ry;
        t.body[target] = resident;
      }
      cell = first + this.quadrant(cell, x, y);
    }
  }

  private quadrant(cell: number, x: number, y: number): number {
    const t = this.tree;
    return (x >= t.cx[cell]! ? 1 : 0) | (y >= t.cy[cell]! ? 2 : 0);
  }
}

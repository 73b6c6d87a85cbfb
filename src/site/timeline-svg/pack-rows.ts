/**
 * Rows for marks on a horizontal axis, so marks close in time sit one above another instead of
 * on top of each other. Greedy and order-preserving: the same marks always get the same rows.
 */
export interface Extent {
  readonly left: number;
  readonly right: number;
}

/**
 * For each extent (sorted by left edge), its row: the first row free at its left edge, else a new
 * row, else (all `maxRows` taken) the row that frees up first, where marks may overlap.
 */
export function packRows(extents: readonly Extent[], maxRows: number, gap = 1): number[] {
  const rowEnds: number[] = [];
  return extents.map((e) => {
    let row = rowEnds.findIndex((end) => end + gap <= e.left);
    if (row < 0 && rowEnds.length < maxRows) row = rowEnds.length;
    if (row < 0) row = rowEnds.indexOf(Math.min(...rowEnds));
    rowEnds[row] = Math.max(rowEnds[row] ?? -Infinity, e.right);
    return row;
  });
}

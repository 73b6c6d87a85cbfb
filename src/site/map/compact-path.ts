/**
 * A d3-geo path context that writes short SVG path data: points rounded to a grid, repeated
 * points dropped, rings that collapse to fewer than three points dropped, and relative moves
 * ("l3-2") after each ring's first point. At 110m detail this keeps a world outline small.
 */
export class CompactPath {
  private readonly parts: string[] = [];
  private ring: [number, number][] = [];

  /** `step`: the grid in user units (1 = whole pixels). */
  constructor(private readonly step = 1) {}

  /** d3-geo calls this before each feature; rings are tracked by moveTo/closePath instead. */
  beginPath(): void {}

  moveTo(x: number, y: number): void {
    this.flush(false);
    this.ring = [this.snap(x, y)];
  }

  lineTo(x: number, y: number): void {
    const p = this.snap(x, y);
    const last = this.ring.at(-1);
    if (!last || last[0] !== p[0] || last[1] !== p[1]) this.ring.push(p);
  }

  closePath(): void {
    this.flush(true);
  }

  /** Points are never drawn as circles here (markers are drawn separately). */
  arc(): void {}

  /** The path data so far. */
  result(): string {
    this.flush(false);
    return this.parts.join('');
  }

  private flush(closed: boolean): void {
    const ring = this.ring;
    this.ring = [];
    if (closed && ring.length > 1 && same(ring[0]!, ring.at(-1)!)) ring.pop();
    if (ring.length < (closed ? 3 : 2)) return;
    const [x0, y0] = ring[0]!;
    const deltas: number[] = [];
    for (let i = 1; i < ring.length; i++) deltas.push(ring[i]![0] - ring[i - 1]![0], ring[i]![1] - ring[i - 1]![1]);
    this.parts.push(`M${numbers([x0, y0], this.step)}l${numbers(deltas, this.step)}${closed ? 'z' : ''}`);
  }

  private snap(x: number, y: number): [number, number] {
    // Integers in grid units, so sums of deltas stay exact.
    return [Math.round(x / this.step), Math.round(y / this.step)];
  }
}

function same(a: readonly [number, number], b: readonly [number, number]): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/** Grid integers as SVG numbers: a minus sign separates by itself, so no space before it. */
function numbers(values: readonly number[], step: number): string {
  let out = '';
  values.forEach((v, i) => {
    const text = String(Math.round(v * step * 10) / 10 || 0);
    out += i > 0 && !text.startsWith('-') ? ` ${text}` : text;
  });
  return out;
}

/** "29 January – 4 February 2024", "1–7 March 2024", "30 December 2024 – 5 January 2025". */
import { readableDate } from './readable-date.ts';

export function dayRange(from: string, to: string): string {
  if (from === to) return readableDate(from);
  const [fy, fm, fd] = from.split('-');
  const [ty, tm] = to.split('-');
  if (fy !== ty) return `${readableDate(from)} – ${readableDate(to)}`;
  if (fm !== tm) return `${readableDate(from).replace(` ${fy}`, '')} – ${readableDate(to)}`;
  return `${Number(fd)}–${readableDate(to)}`;
}

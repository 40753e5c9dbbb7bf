/** A duration in milliseconds as people say it: "0 s", "42 s", "3 min 5 s", "2 h 10 min". */
export function formatLag(ms: number): string {
  const s = Math.floor(ms / 1000);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${s % 60} s`;
  return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
}

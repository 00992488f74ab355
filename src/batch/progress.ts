// Progress line on stderr (only when stderr is a terminal and --quiet is not given): files, MB, MB/s, ETA.
export interface ProgressSink { write(s: string): unknown; isTTY?: boolean }

export function formatDuration(s: number): string {
  if (!Number.isFinite(s) || s < 0) return '?';
  const t = Math.round(s);
  const h = Math.floor(t / 3600);
  const m = Math.floor((t % 3600) / 60);
  const sec = t % 60;
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${String(sec).padStart(2, '0')}` : `${m}:${String(sec).padStart(2, '0')}`;
}

/** The progress text for a state (pure; tested). `totalBytes` 0 = unknown (no ETA). */
export function progressLine(files: number, failed: number, bytes: number, totalBytes: number, seconds: number): string {
  const mb = bytes / 1e6;
  const rate = seconds > 0 ? mb / seconds : 0;
  const parts = [`${files} files${failed ? ` (${failed} failed)` : ''}`, `${mb.toFixed(1)}${totalBytes ? `/${(totalBytes / 1e6).toFixed(1)}` : ''} MB`, `${rate.toFixed(2)} MB/s`];
  if (totalBytes > 0 && rate > 0) parts.push(`ETA ${formatDuration(Math.max(0, totalBytes - bytes) / 1e6 / rate)}`);
  return parts.join(' · ');
}

export class Progress {
  private files = 0;
  private failed = 0;
  private bytes = 0;
  private last = 0;
  private readonly t0 = Date.now();
  private shown = false;
  constructor(private readonly out: ProgressSink, private readonly totalBytes: number, private readonly intervalMs = 200) {}

  update(diskBytes: number, failed: boolean): void {
    this.files++;
    if (failed) this.failed++;
    this.bytes += diskBytes;
    const now = Date.now();
    if (now - this.last < this.intervalMs) return;
    this.last = now;
    this.render(now);
  }

  private render(now: number): void {
    this.out.write(`\r${progressLine(this.files, this.failed, this.bytes, this.totalBytes, (now - this.t0) / 1000)}\u001b[K`);
    this.shown = true;
  }

  /** Final state, then a newline so that later diagnostics start on their own line. */
  done(): void {
    if (this.files === 0 && !this.shown) return;
    this.render(Date.now());
    this.out.write('\n');
  }
}

/**
 * A progress bar on stderr, for long files on a terminal only: the share of the file's bytes read so far.
 * Redrawn a few times a second; erased before the summary line.
 */
const WIDTH = 30;
const REDRAW_MS = 200;

export interface Progress {
  /** A bar is drawn (a terminal, a long file). */
  active: boolean;
  advance(bytes: number): void;
  rows(count: number): void;
  stop(): void;
}

const none: Progress = { active: false, advance() {}, rows() {}, stop() {} };

export function progressBar(totalBytes: number, stream: NodeJS.WriteStream, minimumBytes: number): Progress {
  if (!stream.isTTY || totalBytes < minimumBytes) return none;
  let read = 0;
  let rows = 0;
  const draw = () => {
    const share = Math.min(1, read / totalBytes);
    const filled = Math.round(share * WIDTH);
    stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${Math.floor(share * 100)}%  ${rows.toLocaleString('en')} rows`);
  };
  const timer = setInterval(draw, REDRAW_MS);
  timer.unref();
  return {
    active: true,
    advance: (bytes) => void (read += bytes),
    rows: (count) => void (rows = count),
    stop() {
      clearInterval(timer);
      stream.write('\r\x1b[2K');
    },
  };
}

/**
 * Where the priced book goes. With -o, all or nothing: it is written to a temporary file beside the target
 * and renamed over it only once the last row is written and flushed to disk, so a failure or an interruption
 * leaves an existing target as it was. Standard output is checked before the first row: a closed one would
 * swallow the book.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { UsageError } from './columns';
import { reason } from './input';

export interface Destination {
  stream: Writable;
  /** For messages: the file, or "standard output". */
  name: string;
  /** Puts the finished book in place (the temporary file renamed over the target). */
  commit(): void;
  /** Removes what was written (the temporary file); synchronous, so that a signal handler can call it. */
  abort(): void;
  /** What is left of the target after abort(), for the message. */
  aborted: string;
}

/**
 * Node gives a process started with standard output closed a /dev/null opened read-write in its place;
 * a shell's `> /dev/null` opens it write-only. (Linux only: elsewhere nothing is checked.)
 */
function stdoutIsClosed(): boolean {
  try {
    if (fs.readlinkSync('/proc/self/fd/1') !== '/dev/null') return false;
    const flags = /^flags:\s*([0-7]+)/m.exec(fs.readFileSync('/proc/self/fdinfo/1', 'utf8'));
    return flags !== null && (parseInt(flags[1], 8) & 3) === 2; // O_RDWR
  } catch {
    return false;
  }
}

function standardOutput(): Destination {
  if (stdoutIsClosed()) throw new UsageError('standard output is closed: nowhere to write the book (use -o OUTPUT.csv)');
  return {
    stream: process.stdout,
    name: 'standard output',
    commit() {},
    abort() {},
    aborted: 'what was written to standard output is incomplete',
  };
}

/** The target's own path when it is a link (the link stays a link, its file gets the book). */
function realTarget(output: string): string {
  try {
    return fs.realpathSync(output);
  } catch {
    return output; // does not exist yet
  }
}

export function openDestination(output: string | undefined, input: fs.Stats | null): Destination {
  if (output === undefined) return standardOutput();
  const target = realTarget(output);
  let existing: fs.Stats | null = null;
  try {
    existing = fs.statSync(target);
  } catch {
    // a new file
  }
  if (existing !== null && input !== null && existing.dev === input.dev && existing.ino === input.ino) {
    throw new UsageError(`the output ${output} is the input file; write to another file`);
  }
  if (existing?.isDirectory()) throw new UsageError(`cannot write ${output}: it is a directory`);
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.bpi-price-${process.pid}.tmp`);
  let fd: number;
  try {
    fd = fs.openSync(temporary, 'wx', existing === null ? 0o666 : existing.mode & 0o7777);
  } catch (e) {
    throw new UsageError(`cannot write ${output}: ${reason(e)}`);
  }
  let open = true;
  const close = () => {
    if (open) {
      open = false;
      fs.closeSync(fd);
    }
  };
  return {
    stream: fs.createWriteStream('', { fd, autoClose: false, highWaterMark: 1 << 16 }),
    name: output,
    commit() {
      try {
        fs.fsyncSync(fd);
        close();
        fs.renameSync(temporary, target);
      } catch (e) {
        this.abort();
        throw new UsageError(`cannot write ${output}: ${reason(e)}`);
      }
    },
    abort() {
      try {
        close();
      } catch {
        // closing is best effort: the file goes anyway
      }
      fs.rmSync(temporary, { force: true });
    },
    aborted: existing === null ? `${output} was not written` : `${output} was left as it was`,
  };
}

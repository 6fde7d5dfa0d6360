// A small pool of parse workers (worker_threads). Each job gets a worker with a memory cap and a
// time limit; a worker over either is terminated and the job reported as over that limit, and the
// next job gets a fresh worker, so one hostile file can neither take the process down nor stall it.
// Idle workers are unref'd (a CLI run exits when its work is done) and closed after a while.
import { Worker, type TransferListItem } from 'node:worker_threads';
import type { ApiError } from '../../../../shared/errors';
import type { ParseJob, ParseRequest, ParseResponse, ParseValue } from './messages';
import { parseWorkerScript, type WorkerScript } from './worker-script';

export interface ParseLimits {
  /** Longest one job may take, from the moment a worker receives it (starting the worker included). */
  timeLimitMs: number;
  /** The worker's V8 old-generation heap cap (`resourceLimits.maxOldGenerationSizeMb`). */
  memoryLimitMb: number;
}

export interface ParsePoolOptions extends ParseLimits {
  maxWorkers: number;
  /** An idle worker is closed after this long. */
  idleCloseMs: number;
  /** A worker whose heap is above this share of the cap after a job is replaced before the next one. */
  recycleHeapShare: number;
  /** A worker that has just parsed a file this large is replaced too: its heap still holds the file's text. */
  recycleAfterBytes: number;
  /**
   * Small jobs (up to `maxBytes`) a busy worker may be given beyond the one it runs (up to `jobs`),
   * so that it goes on parsing while this thread is busy (storing the previous batch) instead of
   * waiting to be handed each job.
   */
  ahead: { jobs: number; maxBytes: number };
  script: WorkerScript;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = { timeLimitMs: 30_000, memoryLimitMb: 512 };

export function defaultPoolOptions(limits: Partial<ParseLimits> = {}): ParsePoolOptions {
  return {
    ...DEFAULT_PARSE_LIMITS,
    maxWorkers: 2,
    idleCloseMs: 30_000,
    recycleHeapShare: 0.5,
    recycleAfterBytes: 4 * 1024 * 1024,
    ahead: { jobs: 32, maxBytes: 256 * 1024 },
    script: parseWorkerScript(),
    ...limits,
  };
}

export type ParseOutcome =
  | { ok: true; value: ParseValue }
  | { ok: false; error: ApiError }
  /** The worker went over a limit (`detail` says which: "30 s", "512 MB"), or died ('crash', with what it said). */
  | { ok: false; overLimit: 'time' | 'memory' | 'crash'; detail: string };

interface Task {
  request: ParseRequest;
  /** Measured before the bytes are handed over (they are detached here after that). */
  bytes: number;
  transfer: TransferListItem[];
  settle: (outcome: ParseOutcome) => void;
}

interface Slot {
  worker: Worker;
  /** In the order the worker runs them (one at a time): the first is running, the rest wait in its queue. */
  tasks: Task[];
  timer: NodeJS.Timeout | null;
  lastError: Error | null;
}

export class ParsePool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Task[] = [];
  private nextId = 1;
  private closed = false;

  constructor(readonly options: ParsePoolOptions) {}

  /** Runs a job on a worker; `transfer` lists buffers the job hands over (they are detached here). */
  run(job: ParseJob, transfer: TransferListItem[] = []): Promise<ParseOutcome> {
    return new Promise((settle) => {
      this.queue.push({ request: { id: this.nextId++, job }, bytes: jobBytes(job), transfer, settle });
      this.pump();
    });
  }

  /** How many workers are alive (for tests and diagnostics). */
  get size(): number {
    return this.slots.size;
  }

  /** Stops every worker; jobs not answered yet end as a crash of their reader. */
  async close(): Promise<void> {
    this.closed = true;
    const stopping = Promise.all([...this.slots].map((slot) => this.retire(slot)));
    for (const task of this.queue.splice(0)) task.settle({ ok: false, overLimit: 'crash', detail: 'the import reader was closed' });
    await stopping;
  }

  private pump(): void {
    while (this.queue.length > 0 && !this.closed) {
      const slot = this.slotFor(this.queue[0]!);
      if (slot === null) return;
      this.assign(slot, this.queue.shift()!);
    }
  }

  /** An idle worker, else a new one, else (for a small job) the least busy worker with room ahead. */
  private slotFor(task: Task): Slot | null {
    const slots = [...this.slots];
    const idle = slots.find((slot) => slot.tasks.length === 0) ?? this.spawn();
    if (idle !== null) return idle;
    const { jobs, maxBytes } = this.options.ahead;
    if (task.bytes > maxBytes) return null;
    const roomy = slots.filter((slot) => slot.tasks.length <= jobs && slot.tasks.every((queued) => queued.bytes <= maxBytes));
    return roomy.sort((a, b) => a.tasks.length - b.tasks.length)[0] ?? null;
  }

  private spawn(): Slot | null {
    if (this.slots.size >= this.options.maxWorkers) return null;
    const { script, memoryLimitMb } = this.options;
    const worker = new Worker(script.source, {
      eval: script.eval,
      resourceLimits: { maxOldGenerationSizeMb: memoryLimitMb },
    });
    const slot: Slot = { worker, tasks: [], timer: null, lastError: null };
    worker.on('message', (response: ParseResponse) => this.answered(slot, response));
    worker.on('error', (error) => (slot.lastError = error));
    worker.on('exit', (code) => this.exited(slot, code));
    this.slots.add(slot);
    return slot;
  }

  private assign(slot: Slot, task: Task): void {
    const ahead = slot.tasks.length > 0;
    slot.tasks.push(task);
    if (!ahead) {
      slot.worker.ref();
      this.startTimeLimit(slot);
    }
    // A job sent ahead is copied, not transferred: should its worker stop before reaching it, it
    // goes to another worker with its bytes still here.
    slot.worker.postMessage(task.request, ahead ? [] : task.transfer);
  }

  /** The running job's time limit, from when this thread hands it over or sees the one before it answered. */
  private startTimeLimit(slot: Slot): void {
    this.setTimer(slot, this.options.timeLimitMs, () => this.overLimit(slot, 'time', duration(this.options.timeLimitMs)));
  }

  private answered(slot: Slot, response: ParseResponse): void {
    const task = slot.tasks[0];
    if (task === undefined || response.id !== task.request.id) return;
    slot.tasks.shift();
    task.settle(response.ok ? { ok: true, value: response.value } : { ok: false, error: response.error });
    const heapCapBytes = this.options.memoryLimitMb * 1024 * 1024;
    if (response.heapUsedBytes > heapCapBytes * this.options.recycleHeapShare || task.bytes >= this.options.recycleAfterBytes) {
      void this.retire(slot);
    } else if (slot.tasks.length > 0) {
      this.startTimeLimit(slot);
    } else {
      slot.worker.unref();
      this.setTimer(slot, this.options.idleCloseMs, () => void this.retire(slot));
    }
    this.pump();
  }

  private overLimit(slot: Slot, limit: 'time' | 'memory' | 'crash', detail: string): void {
    const task = slot.tasks.shift();
    task?.settle({ ok: false, overLimit: limit, detail });
    void this.retire(slot);
    this.pump();
  }

  private exited(slot: Slot, code: number): void {
    const error = slot.lastError as (Error & { code?: string }) | null;
    if (slot.tasks.length > 0) {
      if (error?.code === 'ERR_WORKER_OUT_OF_MEMORY') this.overLimit(slot, 'memory', `${this.options.memoryLimitMb} MB`);
      else this.overLimit(slot, 'crash', error?.message ?? `exit code ${code}`);
    }
    this.forget(slot);
    this.pump();
  }

  /** Stops the worker; the jobs waiting in its queue go back to the front of the pool's, in order. */
  private async retire(slot: Slot): Promise<void> {
    this.queue.unshift(...slot.tasks);
    slot.tasks = [];
    this.forget(slot);
    await slot.worker.terminate();
  }

  private forget(slot: Slot): void {
    if (slot.timer !== null) clearTimeout(slot.timer);
    slot.timer = null;
    this.slots.delete(slot);
  }

  private setTimer(slot: Slot, ms: number, action: () => void): void {
    if (slot.timer !== null) clearTimeout(slot.timer);
    slot.timer = setTimeout(action, ms);
    slot.timer.unref();
  }
}

function jobBytes(job: ParseJob): number {
  if (job.kind === 'file') return job.bytes.byteLength;
  return job.kind === 'pasted-html' ? job.html.length * 2 : 0;
}

function duration(ms: number): string {
  return ms >= 1000 ? `${Number((ms / 1000).toFixed(1))} s` : `${ms} ms`;
}

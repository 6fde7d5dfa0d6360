// Temp folders and libraries for tests: each call makes its own folder and registers its
// cleanup with the running test, so a test never leaves files or open handles behind.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { openCore, type Core } from '../../electron/core/core';
import type { ApiResult } from '../../shared/errors';
import type { Clipping, ImportResult } from '../../shared/domain';

/** A fresh folder under the OS temp dir, removed when the current test finishes. */
export function makeTempDir(label = 'notebook-test'): string {
  const dir = mkdtempSync(join(tmpdir(), `${label}-`));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A core on a new library file in its own temp folder, closed when the current test finishes. */
export function openTempCore(): Core & { dir: string } {
  const dir = makeTempDir('notebook-core');
  return openTrackedCore(join(dir, 'library.sqlite'), dir);
}

/** openCore on a given file, closed when the current test finishes. */
export function openTrackedCore(libraryPath: string, dir = ''): Core & { dir: string } {
  const core = openCore(libraryPath, { logError: () => {} });
  onTestFinished(() => core.close());
  return { ...core, dir };
}

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function fileSha256(path: string): string {
  return sha256Hex(readFileSync(path));
}

/** The -wal and -shm files SQLite would leave next to a library it opened. */
export function sidecarFiles(libraryPath: string): string[] {
  return [`${libraryPath}-wal`, `${libraryPath}-shm`, `${libraryPath}-journal`].filter((p) => existsSync(p));
}

/** The value of a successful result, or a test failure showing the error. */
export function valueOf<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** A core method's value, dispatched as a door sends it; an error answer fails the test. */
export async function callCore<T>(core: Core, method: string, input: unknown): Promise<T> {
  return valueOf((await core.dispatch(method as never, input as never)) as never) as T;
}

/** The error of a failed result, or a test failure. */
export function errorOf(result: ApiResult<unknown>) {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value).slice(0, 200)}`);
  return result.error;
}

/** The clipping a paste or import stored (fails the test when it was refused or a duplicate). */
export function storedClipping(result: ApiResult<unknown>): Clipping {
  const value = valueOf(result) as ImportResult;
  if (!value.clipping) throw new Error(`expected a stored clipping, got a duplicate of ${value.duplicateOf}`);
  return value.clipping;
}

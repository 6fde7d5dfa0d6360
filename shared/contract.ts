// The one list of methods. Every door (Electron IPC, browser mode, CLI) validates against it,
// and the renderer's client is typed from it.
import { z } from 'zod';
import type { Clipping, ClippingSummary, LibraryInfo, Page } from './domain';
import { MAX_TITLE_CHARS } from './limits';

/** A method: its input schema, and its result type carried as a phantom. */
export interface MethodSpec<I extends z.ZodType, R> {
  input: I;
  /** Never set; carries the result type for the typechecker. */
  readonly _result?: R;
}

function method<R>() {
  return <I extends z.ZodType>(input: I): MethodSpec<I, R> => ({ input });
}

const id = z.string().trim().min(1, 'An id is required.').max(100);
const pageInput = z
  .object({
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();

export const contract = {
  'library.info': method<LibraryInfo>()(z.object({}).strict()),

  'clippings.create': method<Clipping>()(
    z
      .object({
        title: z.string().max(MAX_TITLE_CHARS, `A title may be at most ${MAX_TITLE_CHARS} characters.`).optional(),
        // Emptiness and size are checked by the service, which names the limit in its error.
        text: z.string({ error: 'The text of the clipping is required.' }),
      })
      .strict(),
  ),

  'clippings.importFile': method<Clipping>()(
    z
      .object({
        fileName: z.string().trim().min(1, 'A file name is required.').max(1000),
        contentBase64: z.string(),
      })
      .strict(),
  ),

  'clippings.list': method<Page<ClippingSummary>>()(pageInput),

  'clippings.get': method<Clipping>()(z.object({ id }).strict()),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** What a caller passes (defaults may be left out). */
export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives, after validation and defaults. */
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type ResultOf<M extends MethodName> = Contract[M] extends MethodSpec<z.ZodType, infer R> ? R : never;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

// Input error records shared by the reader (main thread) and the document processor (worker threads, which read
// files themselves with deferred reading): a module without dependencies, so that workers load nothing extra.
export interface InputError { code: string; message: string }

export const DEFAULT_MAX_SIZE = 50 * 1024 * 1024;

export function tooLarge(source: string, size: number, max: number): InputError {
  return { code: 'too-large', message: `vnner: ${source} is ${size} bytes, larger than --max-size ${max}` };
}

export function unreadable(source: string, e: unknown): InputError {
  return { code: 'unreadable', message: `vnner: cannot read ${source}: ${(e as Error).message}` };
}

/**
 * The handler modules, imported the way Lambda loads them: lambdas/handlers/<stem>.handler.ts,
 * export `handler`, on first use (so that the environment is set before any client exists).
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Context } from 'aws-lambda';

export type LambdaHandler = (event: unknown, context: Context) => Promise<unknown>;
export type HandlerModuleLoader = (stem: string) => Promise<LambdaHandler>;

const HANDLERS_DIR = fileURLToPath(new URL('../lambdas/handlers/', import.meta.url));

/** Imports `<dir>/<stem>.handler.ts` once; a failed import is tried again next time. */
export function handlerModuleLoader(handlersDir = HANDLERS_DIR): HandlerModuleLoader {
  const loaded = new Map<string, Promise<LambdaHandler>>();
  return (stem) => {
    if (!/^[a-z0-9-]+$/.test(stem)) return Promise.reject(new Error(`Not a handler stem: ${stem}`));
    let handler = loaded.get(stem);
    if (!handler) {
      const url = pathToFileURL(path.join(handlersDir, `${stem}.handler.ts`)).href;
      handler = (import(url) as Promise<{ handler?: unknown }>).then((module) => {
        if (typeof module.handler !== 'function') throw new Error(`${url} exports no handler function`);
        return module.handler as LambdaHandler;
      });
      handler.catch(() => loaded.delete(stem));
      loaded.set(stem, handler);
    }
    return handler;
  };
}

/**
 * A stand-in for the `vscode` module, so that the extension's client can be loaded (not run) outside VS Code:
 * every property is a function that can also be called or extended, and nothing is a thenable.
 */
import Module = require('node:module');

function anything(): unknown {
  const target = function stub(): void {
    // Calls and constructions return further stubs through the traps below.
  };
  return new Proxy(target, {
    get: (_, property) => (property === 'then' ? undefined : property === 'prototype' ? {} : anything()),
    apply: () => anything(),
    construct: () => anything() as object,
  });
}

type Resolver = (request: string, ...rest: unknown[]) => string;

/** Makes `require('vscode')` return the stub from now on. */
export function installVscodeStub(): void {
  const loader = Module as unknown as { _resolveFilename: Resolver; _cache: Record<string, unknown> };
  const original = loader._resolveFilename;
  const id = '\0vscode-stub';
  loader._cache[id] = { id, filename: id, loaded: true, exports: anything() };
  loader._resolveFilename = (request, ...rest) => (request === 'vscode' ? id : original(request, ...rest));
}

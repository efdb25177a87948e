// Preloaded into Electronegativity: its scan needs no network, but at start it fetches newer
// translations with got 11, whose retry throws an uncaught error on Node 24 when offline.
// Here `got` fails at once for Electronegativity's own files, and it keeps its bundled texts.
import Module from 'node:module';

const load = Module._load;
Module._load = function (request, parent, ...rest) {
  if (request === 'got' && parent?.filename?.includes('electronegativity')) {
    return () => Promise.reject(new Error('offline: no translations fetched'));
  }
  return load.call(this, request, parent, ...rest);
};

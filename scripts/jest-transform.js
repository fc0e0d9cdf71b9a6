// Jest's transform for TypeScript, TSX and ES modules: esbuild (already the functions' bundler),
// one file at a time to CommonJS. Types are checked by tsc in `npm test`, not here.
const { transformSync } = require('esbuild');
const path = require('node:path');

const LOADERS = {
  '.ts': 'ts',
  '.tsx': 'tsx',
  '.js': 'js',
  '.jsx': 'jsx',
  '.mjs': 'js',
  '.cjs': 'js',
};

module.exports = {
  process(source, filename) {
    const result = transformSync(source, {
      loader: LOADERS[path.extname(filename)] ?? 'js',
      format: 'cjs',
      target: 'node20',
      jsx: 'automatic',
      sourcemap: 'inline',
      sourcefile: filename,
      // jest runs CommonJS: turn import() into require() as it has no ESM loader here
      supported: { 'dynamic-import': false },
    });
    return { code: result.code };
  },
};

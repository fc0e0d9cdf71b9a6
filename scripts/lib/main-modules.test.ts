// The main package by module: chunks of subpackages left out, modules grouped by package/folder.
import { groupOf, mainModules } from './main-modules';

it('names a module by its package or its folder', () => {
  expect(groupOf('./node_modules/@tarojs/runtime/dist/runtime.esm.js')).toBe('@tarojs/runtime');
  expect(groupOf('./node_modules/react-reconciler/cjs/x.js + 3 modules')).toBe('react-reconciler');
  expect(groupOf('babel-loader!./src/features/home/areas.ts?x=1')).toBe('src/features/home');
  expect(groupOf('./src/components/chips/index.tsx')).toBe('src/components/chips');
  expect(groupOf('./domain/pages.ts')).toBe('domain/pages.ts');
  expect(groupOf('./domain/quiz/contract.ts')).toBe('domain/quiz');
  expect(groupOf('./src/app.ts')).toBe('src/app.ts');
  expect(groupOf('?')).toBe('(webpack runtime)');
});

it('counts only chunks outside the subpackages, each module once', () => {
  const r = mainModules(
    {
      'common.js': [
        ['./src/components/chips/index.tsx', 300],
        ['./src/components/chips/chips.ts', 100],
        ['./domain/pages.ts', 200],
      ],
      'vendors.js': [['./node_modules/react/index.js', 50]],
      'packages/quiz/sub-common.js': [['./domain/quiz/contract.ts', 9000]],
      'app.js': [['./domain/pages.ts', 200]],
    },
    (file) => !file.startsWith('packages/'),
  );
  expect(r.totalBytes).toBe(650);
  expect(r.groups).toEqual([
    { group: 'src/components/chips', bytes: 400, modules: 2 },
    { group: 'domain/pages.ts', bytes: 200, modules: 1 },
    { group: 'react', bytes: 50, modules: 1 },
  ]);
  expect(r.largest[0]).toEqual({ module: './src/components/chips/index.tsx', bytes: 300 });
});

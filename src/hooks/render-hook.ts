// Test helper: render a hook in jsdom with react-dom and read its latest value (no extra packages).
import { act, createElement, type FunctionComponent } from 'react';
import { createRoot, type Root } from 'react-dom/client';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface Rendered<R, P> {
  current: () => R;
  rerender: (props: P) => Promise<void>;
  unmount: () => void;
}

export async function renderHook<R, P>(hook: (props: P) => R, props: P): Promise<Rendered<R, P>> {
  let value: R | undefined;
  const Probe: FunctionComponent<{ p: P }> = ({ p }) => {
    value = hook(p);
    return null;
  };
  const root: Root = createRoot(document.createElement('div'));
  await act(async () => root.render(createElement(Probe, { p: props })));
  return {
    current: () => value as R,
    rerender: async (p: P) => act(async () => root.render(createElement(Probe, { p }))),
    unmount: () => act(() => root.unmount()),
  };
}

export { act };

/** Lets pending promises settle inside act. */
export async function flush(): Promise<void> {
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
}

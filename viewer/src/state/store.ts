// A minimal store: one state value, pure updates, listeners called only when the state changed.

export type Listener<S> = (state: S, previous: S) => void;

export interface Store<S> {
  get(): S;
  update(change: (s: S) => S): void;
  subscribe(listener: Listener<S>): void;
}

export function createStore<S>(initial: S): Store<S> {
  let state = initial;
  const listeners: Listener<S>[] = [];
  return {
    get: () => state,
    update(change) {
      const next = change(state);
      if (next === state) return;
      const previous = state;
      state = next;
      for (const listener of listeners) listener(state, previous);
    },
    subscribe: (listener) => void listeners.push(listener),
  };
}

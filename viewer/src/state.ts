// Interaction state of the explorer and the pure functions that update it. Views read it; only
// main.ts writes it, through the store, so every change goes through one place.

export interface ViewState {
  /** The node whose details are shown, or null. */
  readonly selected: string | null;
  /** The node under the pointer, or null. */
  readonly hovered: string | null;
  /** Keys of the current search suggestions; those present in the graph are highlighted. */
  readonly searchMatches: ReadonlySet<string>;
  /** Message of the last failure shown to the user, or null. */
  readonly error: string | null;
}

export const initialState: ViewState = { selected: null, hovered: null, searchMatches: new Set(), error: null };

// Each update returns the same object when nothing changes, so the store can skip notifying.
export const select = (s: ViewState, key: string | null): ViewState =>
  s.selected === key ? s : { ...s, selected: key };

export const hover = (s: ViewState, key: string | null): ViewState => (s.hovered === key ? s : { ...s, hovered: key });

export const setSearchMatches = (s: ViewState, keys: readonly string[]): ViewState =>
  s.searchMatches.size === 0 && keys.length === 0 ? s : { ...s, searchMatches: new Set(keys) };

export const showError = (s: ViewState, message: string | null): ViewState =>
  s.error === message ? s : { ...s, error: message };

export type Listener = (state: ViewState) => void;

export interface Store {
  get(): ViewState;
  update(change: (s: ViewState) => ViewState): void;
  subscribe(listener: Listener): void;
}

export function createStore(initial: ViewState): Store {
  let state = initial;
  const listeners: Listener[] = [];
  return {
    get: () => state,
    update(change) {
      const next = change(state);
      if (next === state) return;
      state = next;
      for (const listener of listeners) listener(state);
    },
    subscribe: (listener) => void listeners.push(listener),
  };
}

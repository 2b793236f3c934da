import { create } from 'zustand';
import type { StateStorage } from 'zustand/middleware';

// The stores keep what must survive a reload in localStorage. A browser may refuse a write (its storage for
// the site is full, or storage is turned off): the state then lives on in memory, and this says which keys
// the browser did not keep, so that the page can tell the user.

interface StorageHealth {
  /** The storage keys whose last write the browser refused. */
  unsaved: readonly string[];
}

export const useStorageHealth = create<StorageHealth>()(() => ({ unsaved: [] }));

function mark(name: string, saved: boolean): void {
  const { unsaved } = useStorageHealth.getState();
  if (unsaved.includes(name) !== saved) return;
  useStorageHealth.setState({ unsaved: saved ? unsaved.filter((key) => key !== name) : [...unsaved, name] });
}

/** localStorage for zustand's `persist`: a refused write changes nothing but `useStorageHealth`. */
export const browserStorage: StateStorage = {
  getItem: (name) => {
    try {
      return localStorage.getItem(name);
    } catch {
      return null;
    }
  },
  setItem: (name, value) => {
    try {
      localStorage.setItem(name, value);
      mark(name, true);
    } catch {
      mark(name, false);
    }
  },
  removeItem: (name) => {
    try {
      localStorage.removeItem(name);
      mark(name, true);
    } catch {
      // Nothing was kept under this name that could outlive the tab's state.
    }
  },
};

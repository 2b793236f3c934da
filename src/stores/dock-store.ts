import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

// The dock at the right of the page (src/components/shell/shell-dock.tsx): which panels are open, in what
// order, and how wide it is. The width is kept for the tab's session; open panels are not, so that a reload
// shows the page as a link describes it.

/** The panels the dock can hold, top to bottom in the order they were opened. */
export type DockPanelId = 'activity';

export const DOCK_MIN_WIDTH = 320;
export const DOCK_MAX_WIDTH = 800;
export const DOCK_DEFAULT_WIDTH = 440;

export const clampDockWidth = (width: number) =>
  Math.round(Math.min(DOCK_MAX_WIDTH, Math.max(DOCK_MIN_WIDTH, width)));

interface ActivityFilters {
  writesOnly: boolean;
  /** Hide `/api/sim/…`, the simulator's own controls. */
  hideSimulator: boolean;
}

interface DockState {
  open: readonly DockPanelId[];
  width: number;
  activityFilters: ActivityFilters;
  toggle: (panel: DockPanelId) => void;
  close: (panel: DockPanelId) => void;
  setWidth: (width: number) => void;
  setActivityFilters: (filters: Partial<ActivityFilters>) => void;
}

export const DOCK_STORAGE_KEY = 'm365-admin-sim:dock:v1';

export const DOCK_INITIAL_STATE = {
  open: [] as readonly DockPanelId[],
  width: DOCK_DEFAULT_WIDTH,
  activityFilters: { writesOnly: false, hideSimulator: true },
};

/** sessionStorage that never throws: a browser that refuses it keeps the width in memory. */
const tabStorage = createJSONStorage(() => ({
  getItem: (name: string) => {
    try {
      return sessionStorage.getItem(name);
    } catch {
      return null;
    }
  },
  setItem: (name: string, value: string) => {
    try {
      sessionStorage.setItem(name, value);
    } catch {
      // The width lives on in memory.
    }
  },
  removeItem: (name: string) => {
    try {
      sessionStorage.removeItem(name);
    } catch {
      // Nothing to remove.
    }
  },
}));

export const useDockStore = create<DockState>()(
  persist(
    (set) => ({
      ...DOCK_INITIAL_STATE,
      toggle: (panel) =>
        set(({ open }) => ({
          open: open.includes(panel) ? open.filter((p) => p !== panel) : [...open, panel],
        })),
      close: (panel) => set(({ open }) => ({ open: open.filter((p) => p !== panel) })),
      setWidth: (width) => set({ width: clampDockWidth(width) }),
      setActivityFilters: (filters) =>
        set(({ activityFilters }) => ({ activityFilters: { ...activityFilters, ...filters } })),
    }),
    {
      name: DOCK_STORAGE_KEY,
      version: 1,
      storage: tabStorage,
      partialize: ({ width }) => ({ width }),
      merge: (persisted, current) => {
        const width = (persisted as { width?: unknown } | undefined)?.width;
        return typeof width === 'number' && Number.isFinite(width)
          ? { ...current, width: clampDockWidth(width) }
          : current;
      },
    },
  ),
);

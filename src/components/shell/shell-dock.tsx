import { useRef, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import { useTranslation } from '../../i18n/i18n';
import { BANNER_HEIGHT_VARIABLE } from '../simulation-banner';
import {
  DOCK_MAX_WIDTH,
  DOCK_MIN_WIDTH,
  clampDockWidth,
  useDockStore,
  type DockPanelId,
} from '../../stores/dock-store';
import { ApiActivityDockPanel } from '../api-activity-panel';

/** What each dock panel shows; a panel added here opens with `useDockStore.getState().toggle(id)`. */
const PANELS: Record<DockPanelId, () => ReactNode> = {
  activity: () => <ApiActivityDockPanel />,
};

const STEP = 16;
const BIG_STEP = 64;

/** The dock's left edge: drag it, or focus it and use the arrow keys (Shift for bigger steps), Home, End. */
function ResizeHandle({ controls }: { controls: string }) {
  const { t } = useTranslation();
  const width = useDockStore((state) => state.width);
  const setStoredWidth = useDockStore((state) => state.setWidth);
  const drag = useRef<{ x: number; width: number } | null>(null);
  // The dock takes at most half the window (its maxWidth): the handle never claims more than is shown.
  const max = Math.max(DOCK_MIN_WIDTH, Math.min(DOCK_MAX_WIDTH, Math.floor(window.innerWidth / 2)));
  const shown = Math.min(width, max);
  const setWidth = (next: number) => setStoredWidth(Math.min(max, next));

  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.shiftKey ? BIG_STEP : STEP;
    // The dock is on the right: moving its edge left makes it wider.
    const next: Record<string, number> = {
      ArrowLeft: shown + step,
      ArrowUp: shown + step,
      ArrowRight: shown - step,
      ArrowDown: shown - step,
      Home: DOCK_MIN_WIDTH,
      End: max,
    };
    const target = next[event.key];
    if (target === undefined) return;
    event.preventDefault();
    setWidth(target);
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    drag.current = { x: event.clientX, width: shown };
    event.currentTarget.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    setWidth(clampDockWidth(drag.current.width + drag.current.x - event.clientX));
  };
  const endDrag = () => {
    drag.current = null;
  };

  return (
    <Box
      role="separator"
      tabIndex={0}
      aria-orientation="vertical"
      aria-label={t('activity.resize')}
      aria-controls={controls}
      aria-valuenow={shown}
      aria-valuemin={DOCK_MIN_WIDTH}
      aria-valuemax={max}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
      sx={{
        display: { xs: 'none', md: 'block' },
        flex: '0 0 8px',
        cursor: 'col-resize',
        touchAction: 'none',
        borderLeft: '1px solid',
        borderColor: 'divider',
        bgcolor: 'grey.50',
        '&:hover, &:focus-visible': { bgcolor: 'primary.light' },
        '&:focus-visible': { outline: '2px solid', outlineColor: 'primary.main', outlineOffset: -2 },
      }}
    />
  );
}

/**
 * Panels beside the page (API activity; the training checklist), in one column at the right of `<main>`: the
 * page narrows, nothing is covered. Several open panels are stacked and share the height. Below 900 px the
 * dock is a full-width section above the page instead, so that nothing scrolls sideways.
 */
export function ShellDock() {
  const { t } = useTranslation();
  const open = useDockStore((state) => state.open);
  const width = useDockStore((state) => state.width);
  if (open.length === 0) return null;
  const id = 'shell-dock';
  return (
    <Box
      component="aside"
      id={id}
      aria-label={t('activity.dock')}
      sx={{
        order: { xs: -1, md: 0 },
        display: 'flex',
        flexShrink: 0,
        width: { xs: '100%', md: width },
        maxWidth: { md: '50vw' },
        // Stuck under the simulation marker, which stays at the top of the window.
        height: { xs: '55vh', md: `calc(100vh - var(${BANNER_HEIGHT_VARIABLE}, 0px))` },
        position: { md: 'sticky' },
        top: { md: `var(${BANNER_HEIGHT_VARIABLE}, 0px)` },
        alignSelf: { md: 'flex-start' },
        borderBottom: { xs: '1px solid', md: 'none' },
        borderColor: 'divider',
        bgcolor: 'background.paper',
      }}
    >
      <ResizeHandle controls={id} />
      <Box sx={{ flex: '1 1 0', minWidth: 0, display: 'flex', flexDirection: 'column' }}>
        {open.map((panel, index) => (
          <Box
            key={panel}
            sx={{
              flex: '1 1 0',
              minHeight: 0,
              overflow: 'auto',
              borderTop: index > 0 ? '1px solid' : 'none',
              borderColor: 'divider',
            }}
          >
            {PANELS[panel]()}
          </Box>
        ))}
      </Box>
    </Box>
  );
}

import { useId, useState, type MouseEvent } from 'react';

/**
 * A top-bar button that opens a menu: the props for the button (its popup state for assistive
 * technology) and for the MUI Menu anchored under it.
 */
export function useTopBarMenu() {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const id = useId();
  const close = () => setAnchor(null);
  return {
    close,
    button: {
      'aria-haspopup': 'true' as const,
      'aria-expanded': anchor ? ('true' as const) : ('false' as const),
      'aria-controls': anchor ? id : undefined,
      onClick: (event: MouseEvent<HTMLElement>) => setAnchor(event.currentTarget),
    },
    menu: { id, anchorEl: anchor, open: !!anchor, onClose: close },
  };
}

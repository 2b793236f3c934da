import { forwardRef, type ReactNode } from 'react';
import IconButton, { type IconButtonProps } from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';

export interface TopBarIconButtonProps extends Omit<IconButtonProps, 'color' | 'aria-label' | 'children'> {
  /** The button's accessible name, also shown as its tooltip. */
  label: string;
  icon: ReactNode;
}

/** A square icon button on the dark top bar, named and with a tooltip saying the same. */
export const TopBarIconButton = forwardRef<HTMLButtonElement, TopBarIconButtonProps>(
  function TopBarIconButton({ label, icon, sx, ...props }, ref) {
    return (
      // Kept inside the banner landmark (not portalled to the body), where its text belongs.
      <Tooltip title={label} slotProps={{ popper: { disablePortal: true } }}>
        <IconButton
          ref={ref}
          {...props}
          aria-label={label}
          color="inherit"
          sx={[
            {
              borderRadius: 0,
              width: 44,
              height: 48,
              '&:hover, &.Mui-focusVisible, &[aria-expanded="true"]': { bgcolor: 'rgba(255,255,255,0.16)' },
              '&.Mui-focusVisible': { outline: '2px solid #FFFFFF', outlineOffset: -3 },
            },
            ...(Array.isArray(sx) ? sx : [sx]),
          ]}
        >
          {icon}
        </IconButton>
      </Tooltip>
    );
  },
);

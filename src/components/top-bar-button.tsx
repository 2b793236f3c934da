import Button, { type ButtonProps } from '@mui/material/Button';

/** A button on the dark top bar (API activity, Demo, Sign out). */
export function TopBarButton(props: Omit<ButtonProps, 'color' | 'variant' | 'sx'>) {
  return (
    <Button {...props} color="inherit" variant="outlined" sx={{ borderColor: 'rgba(255,255,255,0.6)' }} />
  );
}

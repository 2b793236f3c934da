import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

/** A titled part of a detail page or panel (Account info, Roles): a named region for assistive technology. */
export function DetailSection({
  title,
  id,
  level = 2,
  children,
}: {
  title: string;
  id: string;
  /** h2 on a page, h3 inside a panel whose title is already the h2. */
  level?: 2 | 3;
  children: ReactNode;
}) {
  return (
    <Box component="section" aria-labelledby={id} sx={{ mb: 4, minWidth: 0 }}>
      <Typography variant={level === 2 ? 'h2' : 'h3'} component={`h${level}`} id={id} sx={{ mb: 2 }}>
        {title}
      </Typography>
      {children}
    </Box>
  );
}

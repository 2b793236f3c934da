import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

export function PageHeader({ title, description }: { title: string; description?: ReactNode }) {
  return (
    <Box sx={{ mb: 3 }}>
      <Typography variant="h1" component="h1" sx={{ mb: description ? 1 : 0 }}>
        {title}
      </Typography>
      {description ? (
        <Typography color="text.secondary" component="div">
          {description}
        </Typography>
      ) : null}
    </Box>
  );
}

import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

/**
 * Label–value pairs as a description list, each label above its value (the admin center's detail pages):
 * the value gets the whole width, so that a narrow screen never squeezes it into a column of one letter.
 */
export function DetailsList({ rows }: { rows: [label: string, value: ReactNode][] }) {
  return (
    <Box component="dl" sx={{ m: 0, mb: 3, display: 'grid', rowGap: 2 }}>
      {rows.map(([label, value]) => (
        <div key={label}>
          <Typography component="dt" sx={{ fontWeight: 600 }}>
            {label}
          </Typography>
          {/* Only a part longer than the whole line wraps inside (an id, a URL); words never do. */}
          <Typography component="dd" sx={{ m: 0, overflowWrap: 'break-word' }}>
            {value}
          </Typography>
        </div>
      ))}
    </Box>
  );
}

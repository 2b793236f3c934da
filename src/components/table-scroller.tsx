import type { ReactNode } from 'react';
import Paper from '@mui/material/Paper';
import TableContainer from '@mui/material/TableContainer';

/**
 * The box around a table: when the page is narrower than the table (a phone), the table scrolls sideways
 * in it instead of the page. The box takes keyboard focus, so that the keyboard can scroll it too.
 */
export function TableScroller({
  label,
  paper = false,
  children,
}: {
  /** What the table is, for the box's accessible name. */
  label: string;
  /** On a card of its own. */
  paper?: boolean;
  children: ReactNode;
}) {
  return (
    <TableContainer
      component={paper ? Paper : 'div'}
      tabIndex={0}
      role="group"
      aria-label={label}
      // Positioned, so that visually hidden text in the table is clipped with it, not left out on the page.
      sx={{ position: 'relative' }}
    >
      {children}
    </TableContainer>
  );
}

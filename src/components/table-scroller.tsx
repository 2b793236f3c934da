import type { ReactNode } from 'react';
import Paper from '@mui/material/Paper';
import TableContainer from '@mui/material/TableContainer';

/**
 * A shadow on the side where more of the table is hidden, so that a phone user sees there is more to
 * scroll to (the Status column, for one). CSS only: the white covers scroll with the content (`local`) and
 * hide each shadow (`scroll`, fixed to the box) once its end is reached. Cells paint no background.
 */
const SCROLL_SHADOWS = {
  background: [
    'linear-gradient(to right, #FFFFFF 30%, rgba(255, 255, 255, 0)) left center / 40px 100% no-repeat local',
    'linear-gradient(to left, #FFFFFF 30%, rgba(255, 255, 255, 0)) right center / 40px 100% no-repeat local',
    'radial-gradient(farthest-side at 0 50%, rgba(0, 0, 0, 0.2), rgba(0, 0, 0, 0)) left center / 14px 100% no-repeat scroll',
    'radial-gradient(farthest-side at 100% 50%, rgba(0, 0, 0, 0.2), rgba(0, 0, 0, 0)) right center / 14px 100% no-repeat scroll',
  ].join(', '),
  backgroundColor: '#FFFFFF',
};

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
      sx={{ position: 'relative', ...SCROLL_SHADOWS }}
    >
      {children}
    </TableContainer>
  );
}

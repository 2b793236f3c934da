import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslation } from '../../i18n/i18n';
import { useFormat } from '../../i18n/use-format';

export interface PagerProps {
  /** What is paged, for the navigation's name (a page has two lists, each with its own pages). */
  label: string;
  page: number;
  pageSize: number;
  totalCount: number;
  showing: (range: { first: string; last: string; total: string; count: number }) => string;
  onPageChange: (page: number) => void;
}

/** Previous and Next under a long list, with which items are shown; nothing when it fits on one page. */
export function Pager({ label, page, pageSize, totalCount, showing, onPageChange }: PagerProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const pages = Math.max(1, Math.ceil(totalCount / pageSize));
  if (pages <= 1) return null;
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(totalCount, page * pageSize);
  return (
    <Box
      component="nav"
      aria-label={label}
      sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap', mt: 2 }}
    >
      <Button disabled={page <= 1} onClick={() => onPageChange(page - 1)}>
        {t('partners.previous')}
      </Button>
      <Typography variant="body2">
        {showing({
          first: format.number(first),
          last: format.number(last),
          total: format.number(totalCount),
          count: totalCount,
        })}
      </Typography>
      <Button disabled={page >= pages} onClick={() => onPageChange(page + 1)}>
        {t('partners.next')}
      </Button>
    </Box>
  );
}

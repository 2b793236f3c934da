import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from '../../i18n/i18n';
import type { Purchase } from '../../api/types';
import { useFormat } from '../../i18n/use-format';
import { useProductName } from '../../i18n/use-product-name';
import { TableScroller } from '../../components/table-scroller';

export function PurchaseHistory({ purchases }: { purchases: Purchase[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const productName = useProductName();
  return (
    <Paper component="section" aria-labelledby="purchase-history-title" sx={{ p: 2 }}>
      <Typography variant="h2" component="h2" id="purchase-history-title" sx={{ mb: 1 }}>
        {t('purchase.history')}
      </Typography>
      {purchases.length === 0 ? (
        <Typography>{t('purchase.noPurchases')}</Typography>
      ) : (
        // On a phone the table scrolls in its own box, not the page.
        <TableScroller label={t('purchase.history')}>
          <Table size="small" aria-labelledby="purchase-history-title">
            <TableHead>
              <TableRow>
                <TableCell>{t('purchase.product')}</TableCell>
                <TableCell>{t('purchase.quantity')}</TableCell>
                <TableCell>{t('history.date')}</TableCell>
                <TableCell>{t('purchase.boughtThrough')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {purchases.map((purchase) => (
                <TableRow key={purchase.id}>
                  <TableCell>{productName(purchase.productId, purchase.productName)}</TableCell>
                  <TableCell>{purchase.quantity}</TableCell>
                  <TableCell>{format.date(purchase.purchasedAt)}</TableCell>
                  <TableCell>
                    {purchase.partner ? purchase.partner.name : t('purchase.adminCenter')}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroller>
      )}
    </Paper>
  );
}

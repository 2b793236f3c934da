import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from '../i18n/i18n';
import type { AgreementDocument } from '../api/types';
import { paths } from '../domain/paths';
import { useFormat } from '../i18n/use-format';

/** The MCA link as served for the tenant's country and language; it opens the simulated agreement page. */
export function McaLink({ templateId, document }: { templateId: string; document: AgreementDocument }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Typography sx={{ mb: 1 }}>
      <Link
        component={RouterLink}
        to={paths.agreementDocument.href(templateId, document.language, document.country)}
      >
        {t('agreement.mcaLink')}
      </Link>{' '}
      <Typography component="span" variant="body2" color="text.secondary">
        {t('agreement.mcaLinkDetails', {
          language: document.language,
          country: format.country(document.country),
        })}
      </Typography>
    </Typography>
  );
}

export function ConsentCheckbox({
  checked,
  onChange,
  label,
  disabled = false,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  label: string;
  disabled?: boolean;
}) {
  return (
    <FormControlLabel
      sx={{ my: 1, alignItems: 'flex-start', '& .MuiCheckbox-root': { pt: 0.5 } }}
      control={
        <Checkbox
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          disabled={disabled}
        />
      }
      label={label}
    />
  );
}

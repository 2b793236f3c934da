import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { useTranslation } from '../../i18n/i18n';

export interface EmailTemplateProps {
  subject: string;
  text: string;
  onTextChange: (text: string) => void;
}

/** An editable email with Copy to clipboard and Open in email (a mailto: link with the same text). */
export function EmailTemplate({ subject, text, onTextChange }: EmailTemplateProps) {
  const { t } = useTranslation();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const mailto = `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(text)}`;
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <TextField
        label={t('pc.email.subject')}
        value={subject}
        slotProps={{ htmlInput: { readOnly: true } }}
      />
      <TextField
        label={t('pc.email.body')}
        value={text}
        onChange={(event) => {
          onTextChange(event.target.value);
          setCopy('idle');
        }}
        multiline
        minRows={8}
      />
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
        <Button
          variant="contained"
          onClick={() => {
            navigator.clipboard.writeText(text).then(
              () => setCopy('copied'),
              () => setCopy('failed'),
            );
          }}
        >
          {t('pc.email.copy')}
        </Button>
        <Button variant="outlined" href={mailto}>
          {t('pc.email.open')}
        </Button>
      </Box>
      <Box aria-live="polite">
        {copy === 'copied' ? <Alert severity="success">{t('pc.email.copied')}</Alert> : null}
        {copy === 'failed' ? <Alert severity="warning">{t('pc.email.copyFailed')}</Alert> : null}
      </Box>
    </Box>
  );
}

import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { Form, useActionData, useNavigation } from 'react-router';
import type { ActionResult } from '../../api/action-result';
import type { TrainingProgress } from '../../api/types';
import { PageHeader } from '../../components/page-header';
import { TRAINING_PROCEDURES } from '../../domain/training';
import { useTranslation } from '../../i18n/i18n';
import { PROCEDURE_TEXT } from './procedure-text';

/** The Training page: every procedure, what it teaches and its scenario, with Start (or Restart and Stop). */
export function TrainingPage({ progress }: { progress: TrainingProgress; area: 'customer' | 'partner' }) {
  const { t, language } = useTranslation();
  const navigation = useNavigation();
  const result = useActionData<ActionResult | undefined>();
  const busy = navigation.state !== 'idle';
  return (
    <>
      <PageHeader title={t('training.title')} description={t('training.description')} />
      <Typography variant="body2" sx={{ mb: 2 }}>
        {t('training.startConfirm')}
      </Typography>
      {result && !result.ok ? (
        <Alert severity="error" sx={{ mb: 2 }}>
          {t('training.failed')}
        </Alert>
      ) : null}
      <Box component="ol" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 2 }}>
        {TRAINING_PROCEDURES.map((procedure) => {
          const text = PROCEDURE_TEXT[procedure.id];
          if (!text) return null;
          const running = progress.procedureId === procedure.id;
          const title = `${procedure.number}. ${text.title[language]}`;
          return (
            <Paper component="li" key={procedure.id} variant="outlined" sx={{ p: 2 }}>
              <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
                <Typography variant="h2" component="h2" sx={{ fontSize: '1rem', fontWeight: 600 }}>
                  {title}
                </Typography>
                {running ? <Chip size="small" color="primary" label={t('training.running')} /> : null}
              </Box>
              <Typography variant="body2" sx={{ mt: 0.5 }}>
                {text.teaches[language]}
              </Typography>
              <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
                {t('training.scenario', { scenario: procedure.scenarioId })}
              </Typography>
              <Form method="post">
                <input type="hidden" name="procedureId" value={procedure.id} />
                <Box sx={{ display: 'flex', gap: 1, mt: 1.5 }}>
                  <Button
                    type="submit"
                    name="intent"
                    value="start"
                    variant={running ? 'outlined' : 'contained'}
                    size="small"
                    disabled={busy}
                    aria-label={`${running ? t('training.restart') : t('training.start')} ${title}`}
                  >
                    {running ? t('training.restart') : t('training.start')}
                  </Button>
                  {running ? (
                    <Button
                      type="submit"
                      name="intent"
                      value="stop"
                      size="small"
                      disabled={busy}
                      aria-label={`${t('training.stop')} ${title}`}
                    >
                      {t('training.stop')}
                    </Button>
                  ) : null}
                </Box>
              </Form>
            </Paper>
          );
        })}
      </Box>
    </>
  );
}

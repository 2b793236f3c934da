import { useRef, useState } from 'react';
import DoneIcon from '@mui/icons-material/CheckCircle';
import ToDoIcon from '@mui/icons-material/RadioButtonUnchecked';
import ApiIcon from '@mui/icons-material/Terminal';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Link as RouterLink, useLocation, useNavigate } from 'react-router';
import type { TrainingProgress } from '../../api/types';
import { paths } from '../../domain/paths';
import { useTranslation } from '../../i18n/i18n';
import { PROCEDURE_TEXT, apiCommands, apiStartCommand, type ShowMeTarget } from './procedure-text';
import { highlight, waitForControl } from './show-me';

// The checklist beside the page: each step of the running procedure, ticked when the backend says the
// trainee did it (src/domain/training.ts), with Show me.

const API_URL = 'http://127.0.0.1:4010';
const DOCK_WIDTH = 340;

type Area = 'customer' | 'partner';

const areaOf = (pathname: string): Area => (pathname.startsWith('/partner-center') ? 'partner' : 'customer');

export function TrainingChecklist({ progress }: { progress: TrainingProgress }) {
  const { t, language } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const box = useRef<HTMLElement>(null);
  const [expanded, setExpanded] = useState(false);
  const [message, setMessage] = useState<{ step: string; side: Area | 'missing' } | null>(null);
  const text = progress.procedureId ? PROCEDURE_TEXT[progress.procedureId] : undefined;
  if (!text || !progress.procedureId) return null;
  const area = areaOf(location.pathname);
  const api = progress.steps.some((step) => step.side === 'api');
  const done = progress.steps.filter((step) => step.done).length;
  const current = progress.steps.find((step) => !step.done)?.id;
  const commands = apiCommands(API_URL);

  async function showMe(stepId: string, target: ShowMeTarget) {
    setMessage(null);
    if (target.side !== area) {
      setMessage({ step: stepId, side: target.side });
      return;
    }
    const name =
      'key' in target.name ? t(target.name.key, { tenant: '', partner: '', count: 1 }) : target.name.text;
    const here = `${location.pathname}`.toLowerCase();
    if (target.path && target.path.toLowerCase() !== here) {
      // Already on the page, or the page comes first.
      const present = await waitForControl(target.role, name, box.current, 0);
      if (present) return highlight(present);
      void navigate(target.path);
    }
    const control = await waitForControl(target.role, name, box.current);
    if (control) highlight(control);
    else setMessage({ step: stepId, side: 'missing' });
  }

  return (
    <Box
      component="aside"
      ref={box}
      aria-label={t('training.checklist')}
      sx={{
        width: { xs: '100%', md: DOCK_WIDTH },
        flexShrink: 0,
        order: { xs: -1, md: 0 },
        borderLeft: { md: '1px solid #E0E0E0' },
        borderBottom: { xs: '1px solid #E0E0E0', md: 'none' },
        bgcolor: '#FAFAFA',
        p: 2,
        alignSelf: { md: 'flex-start' },
        position: { md: 'sticky' },
        top: 0,
        maxHeight: { md: '100vh' },
        overflowY: { md: 'auto' },
      }}
    >
      <Typography variant="h2" component="h2" sx={{ fontSize: '1rem', fontWeight: 600 }}>
        {t('training.checklist')}
      </Typography>
      <Typography sx={{ fontWeight: 600, mt: 0.5 }}>
        {PROCEDURE_NUMBER[progress.procedureId]}. {text.title[language]}
      </Typography>
      <Typography role="status" variant="body2" sx={{ mt: 0.5 }}>
        {done === progress.steps.length
          ? t('training.complete')
          : t('training.progress', { done, total: progress.steps.length })}
      </Typography>
      <Box sx={{ display: 'flex', gap: 2, mt: 1, flexWrap: 'wrap', alignItems: 'center' }}>
        <Link
          component={RouterLink}
          to={area === 'partner' ? paths.partnerCenter.training.href() : paths.training.href()}
          variant="body2"
        >
          {t('training.allProcedures')}
        </Link>
        <Button
          size="small"
          sx={{ display: { md: 'none' } }}
          aria-expanded={expanded ? 'true' : 'false'}
          onClick={() => setExpanded((value) => !value)}
        >
          {expanded ? t('training.collapse') : t('training.expand')}
        </Button>
      </Box>
      {api ? (
        <Alert severity="info" icon={<ApiIcon />} sx={{ mt: 1.5 }}>
          {t('training.apiNote', { url: API_URL })}
          <Code>{apiStartCommand(API_URL)}</Code>
        </Alert>
      ) : null}
      <Box component="ol" sx={{ listStyle: 'none', p: 0, m: 0, mt: 1.5 }}>
        {progress.steps.map((step, index) => {
          const stepText = text.steps[step.id];
          if (!stepText) return null;
          const onlyCurrent = step.id !== current && !expanded;
          return (
            <Box
              component="li"
              key={step.id}
              aria-current={step.id === current ? 'step' : undefined}
              sx={{
                display: { xs: onlyCurrent ? 'none' : 'flex', md: 'flex' },
                gap: 1,
                py: 1.25,
                borderTop: index ? '1px solid #E0E0E0' : 'none',
              }}
            >
              <Box sx={{ pt: 0.25, color: step.done ? 'success.main' : 'text.secondary' }}>
                {step.side === 'api' ? (
                  <ApiIcon titleAccess={t('training.apiChecked')} fontSize="small" />
                ) : step.done ? (
                  <DoneIcon titleAccess={t('training.stepDone')} fontSize="small" />
                ) : (
                  <ToDoIcon titleAccess={t('training.stepToDo')} fontSize="small" />
                )}
              </Box>
              <Box sx={{ minWidth: 0, flex: 1 }}>
                <Typography
                  id={`training-step-${step.id}`}
                  variant="body2"
                  sx={{ fontWeight: step.id === current ? 600 : 400 }}
                >
                  {index + 1}. {stepText.do[language]}
                </Typography>
                {step.side === 'api' && commands[step.id] ? <Code>{commands[step.id] ?? ''}</Code> : null}
                <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
                  {t('training.guide', { section: stepText.guide[language] })}
                </Typography>
                <Typography variant="body2" color="text.secondary">
                  {t('training.notice', { text: stepText.notice[language] })}
                </Typography>
                {stepText.showMe && !step.done ? (
                  <Button
                    size="small"
                    variant="outlined"
                    sx={{ mt: 0.75 }}
                    aria-describedby={`training-step-${step.id}`}
                    onClick={() => stepText.showMe && void showMe(step.id, stepText.showMe)}
                  >
                    {t('training.showMe')}
                  </Button>
                ) : null}
                {message?.step === step.id ? (
                  <Alert severity="info" sx={{ mt: 0.75 }}>
                    {message.side === 'missing' ? (
                      t('training.showMeMissing')
                    ) : (
                      <>
                        {message.side === 'customer'
                          ? t('training.otherSide')
                          : t('training.otherSidePartner')}{' '}
                        <Link
                          href={`#${message.side === 'customer' ? paths.home.href() : paths.partnerCenter.customers.href()}`}
                          target="_blank"
                          rel="noopener"
                        >
                          {message.side === 'customer'
                            ? t('training.openCustomer')
                            : t('training.openPartner')}
                        </Link>
                      </>
                    )}
                  </Alert>
                ) : null}
              </Box>
            </Box>
          );
        })}
      </Box>
    </Box>
  );
}

function Code({ children }: { children: string }) {
  return (
    <Box
      component="pre"
      tabIndex={0}
      sx={{
        mt: 0.75,
        mb: 0,
        p: 1,
        bgcolor: '#FFFFFF',
        border: '1px solid #E0E0E0',
        fontSize: '0.75rem',
        whiteSpace: 'pre-wrap',
        wordBreak: 'break-all',
        fontFamily: 'monospace',
      }}
    >
      {children}
    </Box>
  );
}

const PROCEDURE_NUMBER: Record<string, number> = Object.fromEntries(
  Object.keys(PROCEDURE_TEXT).map((id, index) => [id, index + 1]),
);

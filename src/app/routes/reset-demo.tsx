import { redirect, type ActionFunctionArgs } from 'react-router';
import { actionError } from '../../api/action-result';
import { ApiError } from '../../api/client';
import { importDemo, resetDemo, type ImportProblem } from '../../api/simulator';
import { paths } from '../../domain/paths';
import { usePartnerSessionStore, useSessionStore } from '../../stores/session-store';
import { setDemoNotice, setDemoProblem, type DemoNotice, type DemoProblem } from '../../stores/demo-notice';
import { safePartnerReturnPath, safeReturnPath } from '../../domain/return-url';

// The Demo panel's changes of the whole demo: Reset demo (the scenario's seed again), Switch scenario
// (another scenario's seed) and Import (a demo from a file). Each ends every session, so the trainer lands
// on the sign-in page of the side they were on, which lists the accounts of the demo now loaded and says
// what was done.

async function importFile(text: string): Promise<DemoProblem | null> {
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    // Said here, as the backend would say it: a file that is not JSON cannot be sent as JSON.
    return { importProblem: { problem: 'notJson' } };
  }
  try {
    await importDemo(file);
    return null;
  } catch (error) {
    if (error instanceof ApiError && error.code === 'InvalidDemoFile') {
      return { importProblem: (error.data[0] ?? { problem: 'unreadable' }) as ImportProblem };
    }
    return { error: actionError(error) };
  }
}

export async function action({ request }: ActionFunctionArgs): Promise<Response> {
  const form = await request.formData();
  const intent = form.get('intent');
  const partner = form.get('area') === 'partner';
  // A refused change goes back to the page the trainer was on, whose Demo panel says why.
  const back = (refusal: DemoProblem) => {
    setDemoProblem({ ...refusal, fileName: String(form.get('fileName') ?? '') });
    const from = String(form.get('from') ?? '');
    return redirect(partner ? safePartnerReturnPath(from) : safeReturnPath(from));
  };
  let notice: DemoNotice = 'reset';
  if (intent === 'import') {
    const refused = await importFile(String(form.get('file') ?? ''));
    if (refused) return back(refused);
    notice = 'imported';
  } else {
    const scenarioId = String(form.get('scenarioId') ?? '') || undefined;
    try {
      await resetDemo(scenarioId);
    } catch (error) {
      return back({ error: actionError(error) });
    }
    notice = intent === 'switch' ? 'switched' : 'reset';
  }
  useSessionStore.getState().endSession();
  usePartnerSessionStore.getState().endSession();
  setDemoNotice(notice);
  return redirect(partner ? paths.partnerCenter.signIn.href() : paths.signIn.href());
}

export const loader = () => redirect(paths.home.href());

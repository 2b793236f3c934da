import { redirect, type ActionFunctionArgs } from 'react-router';
import { actionError } from '../../api/action-result';
import { ApiError } from '../../api/client';
import { importDemo, resetDemo, type DemoChangeAnswer, type ImportProblem } from '../../api/simulator';
import { paths } from '../../domain/paths';
import { usePartnerSessionStore, useSessionStore } from '../../stores/session-store';
import { setDemoNotice, type DemoNotice } from '../../stores/demo-notice';

// The Demo panel's changes of the whole demo: Reset demo (the scenario's seed again), Switch scenario
// (another scenario's seed) and Import (a demo from a file). Each ends every session, so the trainer lands
// on the sign-in page of the side they were on, which lists the accounts of the demo now loaded and says
// what was done.

async function importFile(text: string): Promise<DemoChangeAnswer | null> {
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    // Said here, as the backend would say it: a file that is not JSON cannot be sent as JSON.
    return { ok: false, importProblem: { problem: 'notJson' } };
  }
  try {
    await importDemo(file);
    return null;
  } catch (error) {
    if (error instanceof ApiError && error.code === 'InvalidDemoFile') {
      return { ok: false, importProblem: (error.data[0] ?? { problem: 'unreadable' }) as ImportProblem };
    }
    return { ok: false, error: actionError(error) };
  }
}

export async function action({ request }: ActionFunctionArgs): Promise<DemoChangeAnswer | Response> {
  const form = await request.formData();
  const intent = form.get('intent');
  let notice: DemoNotice = 'reset';
  if (intent === 'import') {
    const refused = await importFile(String(form.get('file') ?? ''));
    if (refused) return refused;
    notice = 'imported';
  } else {
    const scenarioId = String(form.get('scenarioId') ?? '') || undefined;
    try {
      await resetDemo(scenarioId);
    } catch (error) {
      return { ok: false, error: actionError(error) };
    }
    notice = intent === 'switch' ? 'switched' : 'reset';
  }
  useSessionStore.getState().endSession();
  usePartnerSessionStore.getState().endSession();
  setDemoNotice(notice);
  return redirect(form.get('area') === 'partner' ? paths.partnerCenter.signIn.href() : paths.signIn.href());
}

export const loader = () => redirect(paths.home.href());

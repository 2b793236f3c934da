import { redirect, useLoaderData, type ActionFunctionArgs, type LoaderFunctionArgs } from 'react-router';
import { runAction } from '../../api/action-result';
import { getTraining, setTraining } from '../../api/training';
import { findProcedure } from '../../domain/training';
import { paths } from '../../domain/paths';
import { TrainingPage } from '../../features/training/training-page';
import { usePartnerSessionStore, useSessionStore } from '../../stores/session-store';
import { withPartnerSession, withSession } from '../session';
import { setTrainingHint } from '../training-dock';

// Training: the guided procedures, on both sides (#/training and #/partner-center/training).

const isPartner = (request: Request) => new URL(request.url).pathname.startsWith('/partner-center');

export async function loader({ request }: LoaderFunctionArgs) {
  const guard = isPartner(request) ? withPartnerSession : withSession;
  return guard(request, async () => {
    const progress = await getTraining(request.signal);
    // An imported demo, or another browser, may have started it: this browser's tabs show it too.
    if (progress.procedureId) setTrainingHint(true);
    return { progress, area: isPartner(request) ? ('partner' as const) : ('customer' as const) };
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const form = Object.fromEntries(await request.formData()) as Record<string, string>;
  const procedure = form.intent === 'start' ? findProcedure(form.procedureId ?? '') : undefined;
  const result = await runAction(async () => {
    await setTraining(procedure ? procedure.id : null);
    return {};
  });
  if (!result.ok) return result;
  setTrainingHint(Boolean(procedure));
  if (!procedure) return result;
  // The scenario started over and every session with it: sign in again where the procedure begins.
  useSessionStore.getState().endSession();
  usePartnerSessionStore.getState().endSession();
  return redirect(
    procedure.startsOn === 'customer' ? paths.signIn.href() : paths.partnerCenter.signIn.href(),
  );
}

export function Component() {
  const { progress, area } = useLoaderData<typeof loader>();
  return <TrainingPage progress={progress} area={area} />;
}

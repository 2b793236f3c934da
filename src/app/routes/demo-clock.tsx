import { redirect, type ActionFunctionArgs } from 'react-router';
import { refused, runAction, type ActionResult } from '../../api/action-result';
import { moveClock } from '../../api/simulator';
import { parseFixedNow } from '../../domain/clock';
import { paths } from '../../domain/paths';

// Demo › Time: moves the simulated clock on by a number of days or to a later date. Every loader runs again
// after it (React Router revalidates after an action; other tabs hear of it from the backend), so each page
// shows the same "now" as the API.

export async function action({ request }: ActionFunctionArgs): Promise<ActionResult<{ now: string }>> {
  const form = await request.formData();
  const days = form.get('advanceDays');
  if (days !== null) {
    return runAction(async () => ({ now: (await moveClock({ advanceDays: Number(days) })).now }));
  }
  // Whether the day is after the simulated today is the backend's to say (it alone knows "now").
  const day = String(form.get('now') ?? '').trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !parseFixedNow(day)) {
    return refused({ now: 'validation.clockDateInvalid' });
  }
  return runAction(async () => ({ now: (await moveClock({ now: day })).now }));
}

export const loader = () => redirect(paths.home.href());

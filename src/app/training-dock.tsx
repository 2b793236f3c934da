import { Suspense, lazy, useEffect, useState } from 'react';
import { useNavigation } from 'react-router';
import { getTraining } from '../api/training';
import type { TrainingProgress } from '../api/types';
import { DATA_CHANGED_CHANNEL, TRAINING_CHANGED_CHANNEL } from '../domain/live-sync';
import { useViewStore } from '../stores/view-store';

// The training checklist's place in the dock. Its code and its calls cost nothing until a procedure runs:
// starting one (on the Training page of this browser) leaves a hint in localStorage, shared by the tabs;
// only then is the state asked of the backend, which is the truth (the hint goes when it says none runs).

const HINT_KEY = 'm365-admin-sim:training';

const TrainingChecklist = lazy(() =>
  import('../features/training/training-checklist').then((m) => ({ default: m.TrainingChecklist })),
);

function readHint(): boolean {
  try {
    return window.localStorage.getItem(HINT_KEY) !== null;
  } catch {
    return false;
  }
}

/** Tells this browser's tabs whether a procedure runs (the Training page calls it on start and stop). */
export function setTrainingHint(running: boolean): void {
  try {
    if (running) window.localStorage.setItem(HINT_KEY, '1');
    else window.localStorage.removeItem(HINT_KEY);
  } catch {
    // Storage refused: the checklist shows in the tab that started the procedure only after a reload.
  }
}

// Kept across the shell and sign-in pages, which each mount the dock, so that it does not blink.
let last: TrainingProgress | null = null;

export function TrainingDock() {
  const [hinted, setHinted] = useState(readHint);
  const [progress, setProgress] = useState<TrainingProgress | null>(last);
  const [tick, setTick] = useState(0);
  const idle = useNavigation().state === 'idle';
  // The customer view shows sign-in as a customer sees it: no checklist (it names accounts and passwords).
  const customerView = useViewStore((state) => state.view) === 'customer';

  // Another tab started or stopped a procedure; the backend changed data, or counted a read.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === HINT_KEY) setTick((n) => n + 1);
    };
    window.addEventListener('storage', onStorage);
    const channels =
      typeof BroadcastChannel === 'function'
        ? [DATA_CHANGED_CHANNEL, TRAINING_CHANGED_CHANNEL].map((name) => {
            const channel = new BroadcastChannel(name);
            channel.onmessage = () => setTick((n) => n + 1);
            return channel;
          })
        : [];
    return () => {
      window.removeEventListener('storage', onStorage);
      for (const channel of channels) channel.close();
    };
  }, []);

  // Asked again whenever a page finished loading or acting, and on every message above.
  useEffect(() => {
    if (!idle) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      // The Training page of this tab sets the hint without a storage event here.
      const running = readHint();
      setHinted(running);
      if (!running) return;
      getTraining(controller.signal)
        .then((next) => {
          last = next;
          setProgress(next);
          if (!next.procedureId) {
            setTrainingHint(false);
            setHinted(false);
          }
        })
        .catch(() => undefined);
    }, 0);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [idle, tick]);

  if (customerView || !hinted || !progress?.procedureId) return null;
  return (
    <Suspense fallback={null}>
      <TrainingChecklist progress={progress} />
    </Suspense>
  );
}

import { create } from 'zustand';
import type { ActionError } from '../api/action-result';
import type { ImportProblem } from '../api/simulator';

// What the Demo panel just did (reset, switched, imported), said once by the sign-in page it leads to:
// every session ended with it, so the sign-in page is where the trainer lands. Held in memory only: a reload
// of that page does not say it again.

export type DemoNotice = 'reset' | 'switched' | 'imported';

let pending: DemoNotice | null = null;

export function setDemoNotice(notice: DemoNotice): void {
  pending = notice;
}

/** The notice, once: the next sign-in page load shows it, the ones after do not. */
export function takeDemoNotice(): DemoNotice | null {
  const notice = pending;
  pending = null;
  return notice;
}

/** Why a change of the whole demo was refused (a bad file, a failed call), for the Demo panel to say. */
export interface DemoProblem {
  error?: ActionError;
  importProblem?: ImportProblem;
  /** The imported file's name, which the message names. */
  fileName?: string;
}

/**
 * A refused change returns the trainer to the page they were on, where the Demo panel (open, or opening
 * again) says why. The change is a navigation, so that nothing on the old page loads again while it runs.
 */
export const useDemoProblemStore = create<{ problem: DemoProblem | null }>()(() => ({ problem: null }));

export const setDemoProblem = (problem: DemoProblem | null): void =>
  useDemoProblemStore.setState({ problem });

import { getScenarios, getSimulatorState, resetDemo } from '../api/simulator';
import { toActionFailure, type ActionFailure } from './session';

// What both sign-in pages (admin center and Partner Center) offer trainers: the scenario catalog, the
// current state, and loading a scenario.

export async function loadDemoControls(signal: AbortSignal) {
  const [scenarios, state] = await Promise.all([getScenarios(signal), getSimulatorState(signal)]);
  return { scenarios: scenarios.items, state };
}

export type LoadScenarioResult = { step: 'scenarioLoaded' } | (ActionFailure & { step: 'scenarioFailed' });

export async function loadScenario(scenarioId: string | undefined): Promise<LoadScenarioResult> {
  try {
    await resetDemo(scenarioId);
    return { step: 'scenarioLoaded' };
  } catch (error) {
    return { step: 'scenarioFailed', ...toActionFailure(error) };
  }
}

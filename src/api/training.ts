import { apiRequest } from './client';
import type { TrainingProgress } from './types';

/** The guided procedure running and which of its steps are done. */
export const getTraining = (signal?: AbortSignal) =>
  apiRequest<TrainingProgress>('/api/sim/training', { signal });

/** Starts (or restarts) a procedure from its scenario's start, or stops with null. */
export const setTraining = (procedureId: string | null) =>
  apiRequest<TrainingProgress>('/api/sim/training', { method: 'PUT', body: { procedureId } });

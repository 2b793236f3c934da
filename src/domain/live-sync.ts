/**
 * The BroadcastChannel on which the simulated backend announces that its data changed, so that the other
 * tabs of the browser (the partner in one, the customer in another) reload what they show.
 */
export const DATA_CHANGED_CHANNEL = 'm365-admin-sim:data-changed';

/**
 * The channel on which the backend tells training checklists that a read counted as a step (no data
 * changed, so pages do not reload).
 */
export const TRAINING_CHANGED_CHANNEL = 'm365-admin-sim:training-changed';

import { http } from 'msw';
import { z } from 'zod';
import { problems } from '../lib/errors';
import { publicRoute, readBody } from '../lib/route';
import { startTraining, stopTraining, trainingReport } from '../db/training';

// The Training page's guided procedures: which one runs and which of its steps are done. The same endpoint
// answers in the browser and on `npm run api`, where procedure 5 is done with curl.

export const trainingHandlers = [
  http.get(
    '*/api/sim/training',
    publicRoute(() => trainingReport()),
  ),

  // Starts a procedure (its scenario from the start, everyone signed out), restarts it, or stops (null).
  http.put(
    '*/api/sim/training',
    publicRoute(async ({ request }) => {
      const input = await readBody(request, z.strictObject({ procedureId: z.string().max(64).nullable() }));
      if (input.procedureId === null) stopTraining();
      else if (!startTraining(input.procedureId)) throw problems.notFound(`Procedure '${input.procedureId}'`);
      return trainingReport();
    }),
  ),
];

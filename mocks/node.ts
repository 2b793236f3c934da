import { setupServer } from 'msw/node';
import { handlers } from './handlers';
import { withGuards } from './lib/route';

export const server = setupServer(...withGuards(handlers));

import { bootstrap } from './app/bootstrap';

// The whole startup sequence (entry link, mock backend, language, first paint) is in src/app/bootstrap.tsx.
void bootstrap();

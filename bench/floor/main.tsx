import { createRoot } from 'react-dom/client';
import { createHashRouter, RouterProvider } from 'react-router';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';

// The floor the benchmark compares the app with: the same stack (React, React Router, MUI, MSW) doing the
// least a sign-in page can: start the worker, render one text field and one button.

function SignIn() {
  return (
    <main>
      <h1>Sign in</h1>
      <TextField label="User name" name="userPrincipalName" />
      <Button variant="contained">Sign in</Button>
    </main>
  );
}

async function start() {
  await setupWorker(http.get('*/api/ping', () => HttpResponse.json({ ok: true }))).start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    quiet: true,
  });
  const router = createHashRouter([{ path: '/', Component: SignIn }]);
  const root = document.getElementById('root');
  if (root) createRoot(root).render(<RouterProvider router={router} />);
}

void start();

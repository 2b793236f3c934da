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

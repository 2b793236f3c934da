import { expect, test } from '@playwright/test';
import { SESSIONS, messagesOf, visitSession, type Language } from './routes';
import { brokenWords, sidewaysOverflow } from './phone-checks';
import { prepareStablePage, settleFonts } from './stable-page';

// Every screen of the catalogue, photographed and compared with its committed baseline. The project
// (playwright.visual.config.ts) gives the language and the width; a failure leaves the actual picture
// and the difference in test-results/. On a phone, each screen is also checked before its picture:
// nothing scrolls sideways and no word is broken in the middle (phone-checks.ts).

test.beforeEach(async ({ page }) => {
  await prepareStablePage(page);
});

for (const session of SESSIONS) {
  test(session.name, async ({ page }, testInfo) => {
    const language = testInfo.project.use.locale as Language;
    const phone = (page.viewportSize()?.width ?? 0) < 600;
    await visitSession(page, session, language, async (screen) => {
      await settleFonts(page);
      if (phone) {
        // Soft: every screen of the session is measured, and each failure names its screen.
        expect.soft(await sidewaysOverflow(page), `${screen.name} scrolls sideways`).toEqual([]);
        expect.soft(await brokenWords(page), `${screen.name} breaks words`).toEqual([]);
      }
      // The pointer rests where the last click left it, which would hover whatever the next page has there.
      await page.mouse.move(0, 0);
      // Soft: one changed screen does not hide the others of the session.
      await expect.soft(page, screen.name).toHaveScreenshot(`${session.name}--${screen.name}.png`, {
        fullPage: !screen.overlay,
        mask: screen.mask?.(page, messagesOf(language)),
      });
    });
  });
}

import { afterEach, expect, it } from 'vitest';
import { config } from 'zod';
import { configureZodForStrictCsp } from './zod-config';

afterEach(() => {
  config({ jitless: false });
});

it('turns zod’s eval probe off, as z.config({ jitless: true }) would', () => {
  config({ jitless: false });
  configureZodForStrictCsp();
  expect(config().jitless).toBe(true);
});

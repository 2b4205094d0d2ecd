import { mkdirSync } from 'node:fs';
import { expect, test } from './fixtures';

test('the Arabic locale renders right-to-left, translated', async ({ page, haven }) => {
  const link = await haven.newSessionLink();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${link}?lang=ar`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  mkdirSync('test-results/screenshots', { recursive: true });
  await page.screenshot({ path: 'test-results/screenshots/join-ar.png', fullPage: true });

  // Controls are translated: the English names are gone.
  await expect(page.getByRole('button', { name: 'Join session' })).toHaveCount(0);
  await page.getByRole('textbox').first().fill('أمل');
  await page.getByRole('checkbox').check();
  await page.getByRole('button').filter({ hasText: /انضم/ }).click();
  const message = page.locator('textarea, input[type="text"]').last();
  await message.fill('مرحبا بالجميع');
  await message.press('Enter');
  await expect(page.getByText('مرحبا بالجميع')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

  // Mirrored: the message field starts at the right edge of the screen.
  const box = await message.boundingBox();
  expect(box).not.toBeNull();
  expect(box!.x + box!.width).toBeGreaterThan(300);
  await page.screenshot({ path: 'test-results/screenshots/room-ar.png', fullPage: true });
});

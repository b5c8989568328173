/**
 * @jest-environment jsdom
 * @jest-environment-options {"url": "https://localhost:3000/message.html?text=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E%0AD%C3%B2ng%202"}
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The dialog page (message.html): the text from its address, and its button asking the command to close it. */
async function loadPage(): Promise<string[]> {
  const html = readFileSync(join(__dirname, '..', '..', 'src', 'commands', 'message.html'), 'utf8');
  document.body.innerHTML = /<body>([\s\S]*)<\/body>/.exec(html)?.[1] ?? '';
  const sent: string[] = [];
  Object.assign(globalThis, {
    Office: {
      onReady: (ready: () => void) => Promise.resolve().then(ready),
      context: { ui: { messageParent: (message: string) => sent.push(message) } },
    },
  });
  await jest.isolateModulesAsync(async () => {
    await import('../../src/commands/message');
  });
  return sent;
}

afterEach(() => Reflect.deleteProperty(globalThis, 'Office'));

describe('the ribbon command\'s dialog page', () => {
  it('should show the text of its address as text, never as markup', async () => {
    await loadPage();
    expect(document.getElementById('message')?.textContent).toBe('<img src=x onerror=alert(1)>\nDòng 2');
    expect(document.querySelector('img')).toBeNull();
  });

  it('should ask the command to close it when Đóng is pressed, once Office is ready', async () => {
    const sent = await loadPage();
    await Promise.resolve();
    document.getElementById('close')?.click();
    expect(sent).toEqual(['close']);
  });
});

/** Small DOM helpers for rendering the pane under jsdom without React Testing Library. */
import { act } from 'react';
import type { ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}

/** jsdom lacks what Fluent UI's positioning and motion use. */
export function stubBrowserApis(): void {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
  if (!('ResizeObserver' in window)) {
    class ResizeObserverStub {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    }
    Object.assign(window, { ResizeObserver: ResizeObserverStub });
    Object.assign(globalThis, { ResizeObserver: ResizeObserverStub });
  }
  if (typeof window.matchMedia !== 'function') {
    Object.assign(window, {
      matchMedia: (query: string) => ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }),
    });
  }
}

export type Rendered = { readonly container: HTMLElement; readonly unmount: () => Promise<void> };

export async function render(element: ReactElement): Promise<Rendered> {
  const container = document.createElement('div');
  document.body.appendChild(container);
  let root: Root | undefined;
  await act(async () => {
    root = createRoot(container);
    root.render(element);
  });
  return {
    container,
    unmount: async () => {
      await act(async () => root?.unmount());
      container.remove();
    },
  };
}

/** The whole page's visible text, whitespace collapsed (portals such as dropdown lists included). */
export function pageText(): string {
  return (document.body.textContent ?? '').replace(/\s+/g, ' ');
}

export function buttonNamed(name: string | RegExp): HTMLButtonElement {
  const buttons = [...document.querySelectorAll('button')];
  const found = buttons.find((button) => {
    const label = button.getAttribute('aria-label') ?? button.textContent ?? '';
    return typeof name === 'string' ? label.trim() === name : name.test(label);
  });
  if (found === undefined) throw new Error(`No button named ${String(name)}; buttons: ${buttons.map((b) => b.textContent).join(' | ')}`);
  return found;
}

export function labelled(text: string): HTMLElement {
  const label = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === text);
  if (label === undefined) throw new Error(`No label "${text}"`);
  const control = label.htmlFor === '' ? undefined : document.getElementById(label.htmlFor);
  if (control === null || control === undefined) throw new Error(`Label "${text}" is not tied to a control`);
  return control;
}

/** Opens the pane's tab whose label holds `label` ("2. Phát hành"). */
export async function clickTab(label: string): Promise<void> {
  const found = [...document.querySelectorAll('[role="tab"]')].find((el) => el.textContent?.includes(label));
  if (found === undefined) throw new Error(`no tab ${label}`);
  await click(found);
}

export async function click(element: Element): Promise<void> {
  await act(async () => {
    element.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
  });
}

/** Types into a React-controlled input (React listens for `input` events and tracks the native value). */
export async function typeInto(input: HTMLInputElement, value: string): Promise<void> {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  await act(async () => {
    setter?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Types into a React-controlled textarea, as `typeInto` does for an input. */
export async function typeIntoArea(area: HTMLTextAreaElement, value: string): Promise<void> {
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
  await act(async () => {
    setter?.call(area, value);
    area.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

/** React tracks a textarea's native value; set it the way a paste does. */
export async function paste(textarea: HTMLElement, value: string): Promise<void> {
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
  await act(async () => {
    setter?.call(textarea, value);
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Chooses a file in a file input the way the browser does: `files` set, then `change`; the read is waited for. */
export async function chooseFile(input: HTMLElement, name: string, content: string): Promise<void> {
  const file = new File([content], name);
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  for (let i = 0; i < 5; i += 1) await settle();
}

/** A File whose bytes jsdom can give back (its Blob lacks arrayBuffer). */
export function fileOf(bytes: Uint8Array, name: string): File {
  const file = new File([bytes.slice().buffer as ArrayBuffer], name);
  Object.defineProperty(file, 'arrayBuffer', { value: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) });
  return file;
}

/** Chooses files in a file input, as the browser's picker does. */
export async function chooseFiles(input: HTMLInputElement, files: readonly File[]): Promise<void> {
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** Waits for the pane's job (file reading, Excel batches) to end. */
export async function whenIdle(): Promise<void> {
  for (let i = 0; i < 200 && document.querySelector('[role="progressbar"]') !== null; i++) await settle();
  await settle();
}

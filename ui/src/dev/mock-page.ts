// Development only: what the mock's scenes do to the page, as a person would: wait for a control
// to appear, type into it, press it.

/** The first element matching `selector`, once it appears. */
export function element<T extends Element>(selector: string, timeoutMs = 4000): Promise<T> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const look = () => {
      const found = document.querySelector<T>(selector);
      if (found) resolve(found);
      else if (Date.now() - started > timeoutMs) reject(new Error(`No ${selector}`));
      else setTimeout(look, 30);
    };
    look();
  });
}

export const byTestId = <T extends HTMLElement = HTMLElement>(id: string) =>
  element<T>(`[data-testid="${id}"]`);

/** A moment for the page to render what the last step changed. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

/** Puts `value` in a field as typing would, so its input handler runs. */
export async function fill(id: string, value: string) {
  const field = await byTestId<HTMLInputElement | HTMLTextAreaElement>(id);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  await settle();
}

export async function press(id: string) {
  (await byTestId(id)).click();
  await settle();
}

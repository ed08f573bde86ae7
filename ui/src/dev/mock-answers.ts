// Development only: the core's own answers for the preview. `npm run preview:mock` builds
// journals through the Rust core and asks it every command the interface asks
// (src-tauri/core/examples/preview_scenes), one JSON file per scene; the preview serves them
// and computes nothing itself, so it draws what the app would draw.
import type { CommandError } from '../bindings/CommandError';
import type { Draft } from '../bindings/Draft';
import type { Prompt } from '../bindings/Prompt';

/** One scene's file, as the core wrote it. */
type Scene = {
  /** The preview's clock, held still on the day the answers were made for. */
  now: string;
  /** What the core keeps when the app closes with unsaved words. */
  crash_draft: Draft | null;
  /** The core's answers to "another prompt", one after the other. */
  other_prompts: Prompt[];
  /** Each command's answers, by their arguments as JSON with sorted keys. */
  answers: Record<string, Record<string, unknown>>;
};

/** The arguments as the scenes hold them: JSON with every object's keys sorted. */
function key(args: Record<string, unknown>): string {
  return JSON.stringify(args, (_name, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)))
      : value,
  );
}

export type Answers = Omit<Scene, 'answers'> & {
  /** The core's answer to `command` with `args`, or a calm refusal naming what is missing. */
  served: (command: string, args: Record<string, unknown>) => Promise<unknown>;
};

export async function loadScene(name: string): Promise<Answers> {
  const response = await fetch(`${import.meta.env.BASE_URL}scenes/${name}.json`);
  if (!response.ok) {
    throw new Error(`The preview has no scene ${name}: run \`npm run preview:mock\`, which writes them.`);
  }
  const { answers, ...scene } = (await response.json()) as Scene;
  return {
    ...scene,
    served: (command, args) => {
      const answer = answers[command]?.[key(args)];
      if (answer === undefined) {
        return Promise.reject({
          kind: 'invalid_input',
          message: `The preview has no answer to ${command} ${key(args)}: it serves only what the core answered when its scenes were made (see ui/README.md).`,
        } satisfies CommandError);
      }
      // A copy, so nothing the page does to an answer changes the next one.
      return Promise.resolve(structuredClone(answer));
    },
  };
}

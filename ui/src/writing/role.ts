// Whose journal this is: read once the journal opens, and shared by everything worded by it
// (the check-in's question, Settings). The prompts and the order of the feelings follow it on
// the Rust side.
import { useEffect, useState } from 'preact/hooks';
import * as api from '../api';
import type { Role } from '../bindings/Role';
import type { Choice } from '../controls/choice-list';

/** The choices, as the person reads them. */
export const ROLE_CHOICES: readonly Choice<Role>[] = [
  { value: 'was_hurt', label: 'I was hurt', detail: 'Questions for the partner whose trust was broken.' },
  { value: 'broke_trust', label: 'I broke the trust', detail: 'Questions for the partner working to rebuild it.' },
  { value: 'unsaid', label: 'We both write here, or I’d rather not say', detail: 'Questions that fit anyone.' },
];

let current: Role = 'unsaid';
const listeners = new Set<(role: Role) => void>();

function publish(role: Role) {
  current = role;
  for (const listener of listeners) listener(role);
}

/** Reads the role from the journal just opened. */
export async function loadRole(): Promise<void> {
  publish(await api.role());
}

/** Stores the person's choice and words every screen by it. */
export async function chooseRole(role: Role): Promise<void> {
  await api.setRole(role);
  publish(role);
}

/** The role, following changes. */
export function useRole(): Role {
  const [role, setRole] = useState(current);
  useEffect(() => {
    listeners.add(setRole);
    setRole(current);
    return () => {
      listeners.delete(setRole);
    };
  }, []);
  return role;
}

/** The check-in's question: the trust one felt, or for the partner rebuilding it, felt given. */
export function trustQuestion(role: Role): string {
  switch (role) {
    case 'was_hurt':
      return 'How much did you trust today?';
    case 'broke_trust':
      return 'How trusted did you feel today?';
    case 'unsaid':
      return 'How much trust did you feel today?';
  }
}

/** The words under the ends of the scale, gentle at both. */
export const TRUST_ENDS = ['Hardly at all', 'Fully'] as const;

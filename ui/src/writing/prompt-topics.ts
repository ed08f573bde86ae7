import type { PromptTopic } from '../bindings/PromptTopic';

export const PROMPT_TOPIC_LABELS: Record<PromptTopic, string> = {
  communication: 'Honest communication',
  responsibility: 'Taking responsibility',
  boundaries: 'Boundaries and agreements',
  professional_support: 'Support',
  consistency: 'Patience and consistency',
  triggers: 'Understanding triggers',
  forgiveness: 'Forgiveness',
  appreciation: 'Appreciation',
  empathy: 'Empathy',
  self_care: 'Looking after yourself',
  grief: 'Grief',
  intimacy: 'Closeness',
  deciding: 'Deciding',
};

/** The prompt as a Markdown quote, to open an entry with. */
export function promptQuote(text: string): string {
  return `> ${text.trim().replace(/\n+/g, ' ')}\n\n`;
}

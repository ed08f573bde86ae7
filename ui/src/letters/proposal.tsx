// An agreement proposed in a letter: written beside the letter, shown in the review and in the
// thread, and added to either journal's agreements with "Add to our agreements".
import type { ComponentChildren } from 'preact';
import type { Proposal } from '../bindings/Proposal';
import { CADENCES, cadenceLabel, MAX_TERMS_CHARS, OWNERS, ownerLabel } from '../agreements/terms';
import { textProblem } from '../records/checks';
import { SelectField, TextAreaField } from '../records/form-fields';

export const NO_PROPOSAL: Proposal = { text: '', cadence: 'daily', owner: 'ours' };

/** Why the proposal would be refused, in the backend's words, or null. */
export const proposalProblem = (proposal: Proposal) =>
  textProblem(proposal.text, 'proposed agreement', MAX_TERMS_CHARS, true);

type FieldsProps = { proposal: Proposal; onChange: (proposal: Proposal) => void };

export function ProposalFields({ proposal, onChange }: FieldsProps) {
  return (
    <fieldset class="proposal-fields" aria-label="The proposed agreement" data-testid="proposal-fields">
      <TextAreaField
        label="The agreement you propose"
        value={proposal.text}
        onInput={(text) => onChange({ ...proposal, text })}
        rows={2}
        placeholder="A message when plans change, before they change."
        testId="proposal-text"
      />
      <div class="form-row">
        <SelectField
          label="How often"
          value={proposal.cadence}
          options={CADENCES}
          onChange={(cadence) => onChange({ ...proposal, cadence })}
          testId="proposal-cadence"
        />
        <SelectField
          label="Who would keep it"
          value={proposal.owner}
          options={OWNERS}
          onChange={(owner) => onChange({ ...proposal, owner })}
          testId="proposal-owner"
        />
      </div>
    </fieldset>
  );
}

/** The proposal as a small card; `children` holds what can be done with it. */
export function ProposalCard({ proposal, children }: { proposal: Proposal; children?: ComponentChildren }) {
  return (
    <div class="proposal-card" data-testid="proposal-card">
      <p class="proposal-label">Proposed agreement</p>
      <p class="proposal-text" dir="auto" data-testid="proposal-card-text">
        {proposal.text}
      </p>
      <p class="proposal-meta">
        {cadenceLabel(proposal.cadence)} · <span data-testid="proposal-card-owner">{ownerLabel(proposal.owner)}</span>
      </p>
      {children}
    </div>
  );
}

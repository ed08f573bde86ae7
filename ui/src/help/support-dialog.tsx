// Where to find help: what each kind of support is for and how to look for it. Plain text that
// works offline, with no links to follow and nothing that reports a visit.
import { Dialog } from '../controls/dialog';
import './help.css';

export function SupportDialog({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Where to find help" onClose={onClose} testId="support-dialog" wide>
      <div class="support">
        {/* Focused first, so it is read first and the page opens at its top. */}
        <p class="callout support-urgent" tabIndex={-1} data-autofocus data-testid="support-urgent">
          If you or someone else is in danger, or you are thinking about harming yourself, contact
          your local emergency services now. Kintsugi cannot call for help.
        </p>

        <section>
          <h3>Couples therapy</h3>
          <p>
            A trained therapist helps both of you talk about what happened without the talk
            turning into a fight, understand how you got here, and decide together what comes
            next, including whether to stay together. Many therapists have particular training in
            recovering from an affair.
          </p>
        </section>

        <section>
          <h3>Therapy of your own</h3>
          <p>
            A space that is only yours, for the hurt, the anger, the shame or the grief, whichever
            partner you are. It helps whether or not you stay together, and it is there for you
            even if your partner will not go to couples therapy.
          </p>
        </section>

        <section>
          <h3>Support groups</h3>
          <p>
            Meeting people who have lived through the same thing can make it feel less lonely.
            There are groups for partners who were betrayed and for people who were unfaithful,
            in person and online; some are run by therapists, some by people who have been there.
          </p>
        </section>

        <section>
          <h3>Finding a qualified therapist</h3>
          <ul>
            <li>Ask your doctor for a referral, or look in your country’s official register of licensed psychologists, counsellors or couple and family therapists.</li>
            <li>Ask whether they are trained in couples work and in recovering from infidelity, what a session costs, and how they keep what you say confidential.</li>
            <li>The first session is a chance to see whether you feel safe and heard. It is fine to try someone else.</li>
          </ul>
        </section>

        <section>
          <h3>When home does not feel safe</h3>
          <p>
            If the relationship includes threats, control or violence, couples therapy is not the
            place to start. A domestic abuse helpline in your country can help you think through
            your options in confidence, and emergency services can help at once.
          </p>
        </section>
      </div>
      <div class="dialog-actions">
        <button type="button" class="btn btn-secondary" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}

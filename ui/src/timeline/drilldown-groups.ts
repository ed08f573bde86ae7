// The days behind a point, arranged for reading: each agreement's marks gathered into one line,
// since a month of daily marks is better read as "kept 28 of 30, missed on …" than as 30 rows.
import type { AgreementDay } from '../bindings/AgreementDay';

export type AgreementSummary = {
  agreement: string;
  /** The wording on the newest marked day. */
  text: string;
  kept: number;
  missed: number;
  renegotiated: number;
  /** The days missed, oldest first. */
  missedDays: string[];
};

/** One summary per agreement, in the order the marks came (newest first). */
export function summariseAgreements(days: readonly AgreementDay[]): AgreementSummary[] {
  const byAgreement = new Map<string, AgreementSummary>();
  for (const mark of days) {
    let summary = byAgreement.get(mark.agreement);
    if (!summary) {
      summary = { agreement: mark.agreement, text: mark.text, kept: 0, missed: 0, renegotiated: 0, missedDays: [] };
      byAgreement.set(mark.agreement, summary);
    }
    if (mark.keeping === 'kept') summary.kept += 1;
    else if (mark.keeping === 'missed') {
      summary.missed += 1;
      summary.missedDays.unshift(mark.day);
    } else summary.renegotiated += 1;
  }
  return [...byAgreement.values()];
}

// The icons of the places that notice progress, drawn like the rest: line icons in the text colour.
import { Icon } from '../controls/icons';

/** A small sprout: something growing. */
export const WinIcon = () => (
  <Icon>
    <path d="M12 20v-8" />
    <path d="M12 12c0-3.5 2.5-6 6.5-6 0 4-2.5 6-6.5 6z" />
    <path d="M12 14.5C12 11.5 10 9.5 6 9.5c0 3.2 2 5 6 5z" />
  </Icon>
);

/** Two joined rings: something agreed between two people. */
export const AgreementIcon = () => (
  <Icon>
    <circle cx="9" cy="12" r="5" />
    <circle cx="15" cy="12" r="5" />
  </Icon>
);

/** A wave that rises and settles. */
export const TriggerIcon = () => (
  <Icon>
    <path d="M3 13h3l2.5-6 4 11 3-8 1.5 3H21" />
  </Icon>
);

/** A flag on the way. */
export const MilestoneIcon = () => (
  <Icon>
    <path d="M6 21V4" />
    <path d="M6 4.5h10.5l-2 4 2 4H6" />
  </Icon>
);

export const EditIcon = () => (
  <Icon>
    <path d="M4 20h4L19 9a2.8 2.8 0 0 0-4-4L4 16z" />
  </Icon>
);

/** A sealed envelope. */
export const LetterIcon = () => (
  <Icon>
    <rect x="3.5" y="6" width="17" height="12" rx="1.5" />
    <path d="M4 7l8 6 8-6" />
  </Icon>
);

// The Timeline's icon, drawn like the rest: a line rising over an axis.
import { Icon } from '../controls/icons';

export const TimelineIcon = () => (
  <Icon>
    <path d="M4 4v16h16" />
    <path d="M7.5 15.5l3.5-4 3 2.5 5-6" />
  </Icon>
);

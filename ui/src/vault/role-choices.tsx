// The three answers to "whose journal is this?", on the first run and in Settings.
import type { Role } from '../bindings/Role';
import { ChoiceList } from '../controls/choice-list';
import { ROLE_CHOICES } from '../writing/role';

type Props = {
  legend: string;
  chosen: Role | null;
  onChoose: (role: Role) => void;
  autofocus?: boolean;
};

export function RoleChoices(props: Props) {
  return <ChoiceList {...props} choices={ROLE_CHOICES} testIdPrefix="role-" />;
}

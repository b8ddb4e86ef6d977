/**
 * The names the staff console shows for ids (issue 12): every setting's, and every member of
 * staff's — deactivated people too, since the record still names what they did. Names only:
 * no email, role or setting of anyone. Read from the current directory, so that a renamed
 * setting or a newcomer shows in the console within the directory's minute, with no rebuild.
 *
 * Any signed-in member of staff may read them: the complaints they see name these ids.
 */
import type { StaffPrincipal } from '../domain/access';
import type { DirectorySnapshot } from '../domain/staff-directory';

export interface Named {
  id: string;
  name: string;
}

export interface DirectoryNames {
  settings: Named[];
  staff: Named[];
}

export function listNames(directory: DirectorySnapshot, _principal: StaffPrincipal): DirectoryNames {
  const named = ({ id, name }: Named): Named => ({ id, name });
  return {
    settings: directory.settings.map(named),
    staff: [...directory.everyone].map(named).sort((a, b) => a.name.localeCompare(b.name)),
  };
}

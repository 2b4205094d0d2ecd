import { useEffect, useState } from 'react';
import { createFragmentToken, type FragmentToken } from '../../services/link-token';

/** `/staff/password#<token>`: set a new password (first facilitator, or a reset by an admin). */
export const passwordLink = createFragmentToken('haven.staff.password');
/** `/staff/join#<token>`: create a staff account from an invite. */
export const staffInviteLink = createFragmentToken('haven.staff.invite');

/** The link's token, taken out of the address bar as soon as the page has read it. */
export function useLinkToken(link: FragmentToken): string | null {
  const [token] = useState(link.read);
  useEffect(() => link.keep(token), [link, token]);
  return token;
}

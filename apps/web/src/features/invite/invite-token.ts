import { createFragmentToken } from '../../services/link-token';

export { tokenFromFragment } from '../../services/link-token';

const inviteToken = createFragmentToken('haven.invite');

/** The token of the invite link this tab was opened with, or the one it kept from it. */
export const readInviteToken = inviteToken.read;

/** Takes the token out of the address bar; the tab keeps it until the invite is used. */
export const keepInviteToken = inviteToken.keep;

/** Once the invite is used, the device token is the person's key; the link is not needed. */
export const forgetInviteToken = inviteToken.forget;

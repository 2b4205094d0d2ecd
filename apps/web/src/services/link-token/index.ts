export { createFragmentToken, tokenFromFragment, type FragmentToken } from './fragment-token';

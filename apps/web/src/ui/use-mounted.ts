import { useEffect, useRef } from 'react';

/** False once the component is gone: a reply that arrives later must not set its state. */
export function useMounted() {
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  return mounted;
}

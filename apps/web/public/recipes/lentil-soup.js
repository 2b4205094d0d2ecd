if (globalThis.history.state === null)
  globalThis.history.pushState({}, '', globalThis.location.href);

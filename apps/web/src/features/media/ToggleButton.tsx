import type { ReactNode } from 'react';

interface ToggleButtonProps {
  /** The accessible name; stays the same whether on or off (aria-pressed says which). */
  label: string;
  pressed: boolean;
  onToggle: () => void;
  /** Why it cannot be used now: the button stays focusable so this can be read. */
  unavailable?: { id: string } | null;
  busy?: boolean;
  icon?: ReactNode;
}

export function ToggleButton({
  label,
  pressed,
  onToggle,
  unavailable,
  busy,
  icon,
}: ToggleButtonProps) {
  const disabled = Boolean(unavailable);
  return (
    <button
      type="button"
      className="button toggle"
      aria-pressed={pressed}
      aria-disabled={disabled || undefined}
      aria-describedby={unavailable?.id}
      aria-busy={busy || undefined}
      onClick={() => {
        if (!disabled) onToggle();
      }}
    >
      {icon}
      {label}
    </button>
  );
}
